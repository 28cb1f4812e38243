package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit trail filters events by application and environment, which until now only the JSON
 * detail of contract events named: they become columns, filled in for the events already stored.
 * A Java migration because neither H2 nor PostgreSQL can read the other's JSON functions; the rest
 * is plain SQL that both run.
 */
public class V9__event_parties extends BaseJavaMigration {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table events add column application varchar(256)");
      ddl.execute("alter table events add column environment varchar(256)");
      ddl.execute("create index events_by_subject on events (subject, id)");
    }
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("select id, detail from events where detail is not null");
        PreparedStatement update = connection.prepareStatement(
            "update events set application = ?, environment = ? where id = ?")) {
      int batched = 0;
      while (rows.next()) {
        JsonNode detail = read(rows.getString("detail"));
        String application = text(detail, "application");
        String environment = text(detail, "environment");
        if (application == null && environment == null) {
          continue;
        }
        update.setString(1, application);
        update.setString(2, environment);
        update.setLong(3, rows.getLong("id"));
        update.addBatch();
        if (++batched % 500 == 0) {
          update.executeBatch();
        }
      }
      update.executeBatch();
    }
  }

  private static JsonNode read(String detail) throws SQLException {
    try {
      return JSON.readTree(detail);
    } catch (java.io.IOException e) {
      throw new SQLException("An event's detail is not JSON: " + detail, e);
    }
  }

  private static String text(JsonNode detail, String field) {
    JsonNode value = detail.get(field);
    return value == null || !value.isTextual() ? null : value.asText();
  }
}
