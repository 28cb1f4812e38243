package dev.treaty.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Backend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each filter of the audit trail reads its own index (V9's events_by_subject, V13's others), as
 * the databases' own EXPLAIN says of the statement the store runs; and the filters still narrow
 * together. PostgreSQL is told not to scan sequentially, since on a table this small a scan is
 * cheaper and the question is whether the statement can use the index at all.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class EventIndexesTest {

  @Parameter Backend backend;

  private Database database;

  @BeforeEach
  void open() throws SQLException {
    database = Database.open(backend.freshDatabaseUrl(), null, null, Path.of("unused"), 2);
    database.migrate();
    try (Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("insert into events (created_at, type, subject, actor, detail, application, environment) values "
          + "(1, 'DEPLOYMENT_RECORDED', null, 'ci', null, 'billing', 'prod'),"
          + "(2, 'CONFIG_CHANGED', 'orders-value', 'alice', null, null, null),"
          + "(3, 'CONTRACT_GATE_SET', 'orders-value', 'ci', null, null, 'prod'),"
          + "(4, 'DEPLOYMENT_RECORDED', null, 'alice', null, 'shop', 'staging')");
    }
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void eachFilterReadsItsOwnIndex() {
    assertThat(plan("subject", "orders-value")).containsIgnoringCase("events_by_subject");
    assertThat(plan("application", "billing")).containsIgnoringCase("events_by_application");
    assertThat(plan("environment", "prod")).containsIgnoringCase("events_by_environment");
    assertThat(plan("actor", "alice")).containsIgnoringCase("events_by_actor");
    assertThat(plan("type", "CONFIG_CHANGED")).containsIgnoringCase("events_by_type");
  }

  @Test
  void theLeadingFilterNarrowsWithTheOthers() {
    assertThat(types(new EventFilter(null, null, "prod", null, "ci"))).containsExactly("CONTRACT_GATE_SET", "DEPLOYMENT_RECORDED");
    assertThat(types(new EventFilter("orders-value", null, null, "CONFIG_CHANGED", null))).containsExactly("CONFIG_CHANGED");
    assertThat(types(new EventFilter(null, "shop", null, null, "ci"))).isEmpty();
    assertThat(types(new EventFilter(null, null, null, "DEPLOYMENT_RECORDED", "alice"))).containsExactly("DEPLOYMENT_RECORDED");
    assertThat(types(EventFilter.ALL)).hasSize(4);
  }

  private List<String> types(EventFilter filter) {
    return database.store().inTransaction(session -> session.eventsBefore(Long.MAX_VALUE, filter, 10))
        .stream().map(EventRow::type).toList();
  }

  /** The plan of the store's own statement, led by {@code column}, as the database explains it. */
  private String plan(String column, String value) {
    try (Handle handle = Jdbi.create(database.dataSource()).open()) {
      if (backend == Backend.POSTGRES) {
        handle.execute("set enable_seqscan = off");
      }
      return String.join("\n", handle.createQuery("explain " + Sql.named("events-keyed"))
          .define("column", column)
          .bind("key", value)
          .bind("before", Long.MAX_VALUE)
          .bind("anySubject", true).bind("subject", "")
          .bind("anyApplication", true).bind("application", "")
          .bind("anyEnvironment", true).bind("environment", "")
          .bind("anyType", true).bind("type", "")
          .bind("anyActor", true).bind("actor", "")
          .bind("limit", 10)
          .mapTo(String.class)
          .list());
    }
  }
}
