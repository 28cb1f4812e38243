package db.migration;

import dev.treaty.registry.service.Contexts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Ids per context, as Confluent has them: a named context ({@code :.team:}) numbers its schemas
 * itself, so one id may name different schemas in two contexts. {@code context_schema_ids} maps a
 * context's id to the stored schema; schemas stored for a named context get negative row ids from
 * {@code context_schema_rows}, which no client can ask the default context for. The default
 * context keeps the row ids as its ids. Schemas already used in named contexts keep the ids their
 * clients know: each gets a mapping to itself, and each context's counter starts above them.
 * In Java because the context of a subject is parsed from its name.
 */
public class V15__context_ids extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("create table context_schema_ids ("
          + " context varchar(4096) not null, id integer not null, schema_id integer not null,"
          + " primary key (context, id))");
      ddl.execute("create index context_schema_ids_by_schema on context_schema_ids (schema_id)");
      ddl.execute("create table context_counters (context varchar(4096) primary key, last_id integer not null)");
      ddl.execute("create sequence context_schema_rows start with 1");
    }
    Set<String> mapped = new HashSet<>();
    Map<String, Integer> highest = new TreeMap<>();
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery(
            "select distinct subject, schema_id from subject_versions where subject like ':.%' order by subject, schema_id");
        PreparedStatement insert = connection.prepareStatement(
            "insert into context_schema_ids (context, id, schema_id) values (?, ?, ?)")) {
      while (rows.next()) {
        String qualifier = Contexts.of(rows.getString("subject"));
        int id = rows.getInt("schema_id");
        if (qualifier != null && mapped.add(qualifier + id)) {
          insert.setString(1, qualifier);
          insert.setInt(2, id);
          insert.setInt(3, id);
          insert.addBatch();
          highest.merge(qualifier, id, Math::max);
        }
      }
      insert.executeBatch();
    }
    try (PreparedStatement counter = connection.prepareStatement(
        "insert into context_counters (context, last_id) values (?, ?)")) {
      for (Map.Entry<String, Integer> entry : highest.entrySet()) {
        counter.setString(1, entry.getKey());
        counter.setInt(2, entry.getValue());
        counter.addBatch();
      }
      counter.executeBatch();
    }
  }
}
