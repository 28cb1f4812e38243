package dev.treaty.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Backend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Schemas stored before GUIDs existed get theirs from migration V8, the same a registration gives. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class SchemaGuidMigrationTest {

  @Parameter Backend backend;

  @Test
  void schemasStoredBeforeV8GetTheGuidTheirIdentityGives() throws Exception {
    try (Database database = Database.open(backend.freshDatabaseUrl(), null, null, Path.of("unused"), 2)) {
      Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").target("6").load().migrate();
      try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
        for (int id = 1; id <= 3; id++) {
          statement.execute("insert into schemas (id, schema_type, schema_text, identity, created_at) values ("
              + id + ", 'AVRO', '\"string\"', 'identity-" + id + "', 0)");
        }
      }

      database.migrate();

      List<String> guids = new ArrayList<>();
      try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select guid from schemas order by id")) {
        while (rows.next()) {
          guids.add(rows.getString(1));
        }
      }
      assertThat(guids).containsExactly(SchemaRow.guidOf("identity-1"), SchemaRow.guidOf("identity-2"),
          SchemaRow.guidOf("identity-3"));
      List<Integer> found = database.store().inTransaction(session -> session.schemaIdsByGuid(SchemaRow.guidOf("identity-2")));
      assertThat(found).containsExactly(2);
    }
  }
}
