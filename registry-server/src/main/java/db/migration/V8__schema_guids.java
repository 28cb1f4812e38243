package db.migration;

import dev.treaty.registry.store.SchemaRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives every stored schema its GUID ({@link SchemaRow#guidOf}, a name-based UUID of its
 * identity), indexed for {@code GET /schemas/guids/{guid}}. In Java because H2 and PostgreSQL
 * share no SQL function that makes the same UUID from a text.
 */
public class V8__schema_guids extends BaseJavaMigration {

  private static final int BATCH = 1000;

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table schemas add column guid varchar(36)");
    }
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("select id, identity from schemas");
        PreparedStatement update = connection.prepareStatement("update schemas set guid = ? where id = ?")) {
      int pending = 0;
      while (rows.next()) {
        update.setString(1, SchemaRow.guidOf(rows.getString("identity")));
        update.setInt(2, rows.getInt("id"));
        update.addBatch();
        if (++pending == BATCH) {
          update.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table schemas alter column guid set not null");
      ddl.execute("create index schemas_by_guid on schemas (guid)");
    }
  }
}
