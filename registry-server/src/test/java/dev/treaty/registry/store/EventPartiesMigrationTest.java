package dev.treaty.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Backend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V9 moves the application and environment of events stored before it out of their JSON detail
 * into the columns the audit trail filters on, on H2 and on PostgreSQL.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class EventPartiesMigrationTest {

  @Parameter Backend backend;

  @Test
  void eventsStoredBeforeV9CanBeFoundByApplicationAndEnvironment() throws SQLException {
    try (Database database = Database.open(backend.freshDatabaseUrl(), null, null, Path.of("unused"), 2)) {
      Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").target("6").load().migrate();
      try (Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement()) {
        sql.execute("insert into events (created_at, type, subject, actor, detail) values "
            + "(1, 'DEPLOYMENT_RECORDED', null, 'ci', '{\"application\":\"billing\",\"environment\":\"prod\",\"version\":\"1.0\"}'),"
            + "(2, 'CONTRACT_GATE_SET', 'orders-value', 'ci', '{\"environment\":\"prod\"}'),"
            + "(3, 'CONFIG_CHANGED', 'orders-value', 'ci', null)");
      }
      database.migrate();

      List<EventRow> billing = database.store().inTransaction(session ->
          session.eventsBefore(Long.MAX_VALUE, new EventFilter(null, "billing", null, null, null), 10));
      List<EventRow> prod = database.store().inTransaction(session ->
          session.eventsBefore(Long.MAX_VALUE, new EventFilter(null, null, "prod", null, null), 10));
      assertThat(billing).extracting(EventRow::type).containsExactly("DEPLOYMENT_RECORDED");
      assertThat(prod).extracting(EventRow::type).containsExactly("CONTRACT_GATE_SET", "DEPLOYMENT_RECORDED");
      assertThat(columns(database)).containsExactly("1 billing prod", "2 null prod", "3 null null");
    }
  }

  private static List<String> columns(Database database) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement();
        ResultSet result = sql.executeQuery("select created_at, application, environment from events order by id")) {
      while (result.next()) {
        rows.add(result.getLong(1) + " " + result.getString(2) + " " + result.getString(3));
      }
    }
    return rows;
  }
}
