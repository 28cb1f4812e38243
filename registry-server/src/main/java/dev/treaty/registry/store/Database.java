package dev.treaty.registry.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool and schema migrations for one JDBC URL. An empty URL means an embedded H2
 * file database in the data folder.
 */
public final class Database implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final String description;
  private final IdSequence ids;

  private Database(HikariDataSource dataSource, String description, IdSequence ids) {
    this.dataSource = dataSource;
    this.description = description;
    this.ids = ids;
  }

  /** Opens the pool; does not wait for the database, so a server can start while it is down. */
  public static Database open(String jdbcUrl, String user, String password, Path dataDir, int poolSize) {
    String url = jdbcUrl == null || jdbcUrl.isBlank() ? h2Url(dataDir) : jdbcUrl;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("treaty");
    config.setConnectionTimeout(5_000);
    config.setInitializationFailTimeout(-1);
    String description = url.startsWith("jdbc:h2:")
        ? "H2 " + url.substring("jdbc:h2:".length()).replaceFirst(";.*", "")
        : url.startsWith("jdbc:postgresql:") ? "PostgreSQL " + url.replaceFirst("\\?.*", "") : url;
    return new Database(new HikariDataSource(config), description, IdSequence.of(url));
  }

  // QUERY_CACHE_SIZE: H2 keeps 8 parsed statements per connection by default, fewer than one
  // registration runs, so every statement was parsed again each time (a fifth of a
  // registration's CPU in a profile); 64 holds every statement the server has.
  static String h2Url(Path dataDir) {
    Path file = dataDir.resolve("treaty").toAbsolutePath();
    return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64";
  }

  /** Brings the schema up to date; safe to run from several nodes at once. */
  public void migrate() {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  public SchemaStore store() {
    return store(EventOutbox.NONE);
  }

  /** A store that queues webhook deliveries of each event it appends, as {@code outbox} routes them. */
  public SchemaStore store(EventOutbox outbox) {
    return new JdbiSchemaStore(dataSource, description, ids, outbox);
  }

  /** The pool, for what lives beside the schema store (identities) and bulk tools (the benchmark's seed). */
  public DataSource dataSource() {
    return dataSource;
  }

  public String description() {
    return description;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
