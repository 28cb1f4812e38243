package dev.treaty.registry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** The databases the storage and API tests run against: H2 in memory and a real PostgreSQL. */
public enum Backend {
  H2,
  POSTGRES;

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  /** A JDBC URL of a new, empty database. */
  public String freshDatabaseUrl() {
    String name = "treaty" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
    if (this == H2) {
      return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }
    EmbeddedPostgres server = postgres();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a PostgreSQL database", e);
    }
    return server.getJdbcUrl("postgres", name);
  }

  /** One PostgreSQL server for the whole test run, started on first use. */
  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException e) {
          // the JVM is exiting anyway
        }
      }));
    }
    return postgres;
  }
}
