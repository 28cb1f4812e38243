package dev.treaty.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Backend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schemas used in named contexts before ids were per context keep, after migration V15, the ids
 * their clients already have, and each context's next id comes after them.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ContextIdsMigrationTest {

  @Parameter Backend backend;

  @Test
  void schemasOfNamedContextsKeepTheirIdsThereAndNewOnesComeAfter() throws Exception {
    try (Database database = Database.open(backend.freshDatabaseUrl(), null, null, Path.of("unused"), 2)) {
      Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").target("14").load().migrate();
      try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
        for (int id = 1; id <= 3; id++) {
          statement.execute("insert into schemas (id, schema_type, schema_text, identity, guid, created_at) values ("
              + id + ", 'AVRO', '\"string\"', 'identity-" + id + "', 'guid-" + id + "', 0)");
        }
        statement.execute("insert into subject_versions (subject, version, schema_id, deleted, created_at, has_references)"
            + " values ('plain', 1, 1, false, 0, false), (':.team:orders', 1, 2, false, 0, false),"
            + " (':.team:orders', 2, 3, false, 0, false), (':.team:refunds', 1, 3, false, 0, false),"
            + " (':.other:x', 1, 3, false, 0, false)");
      }

      database.migrate();

      database.store().inTransaction(session -> {
        assertThat(session.contextSchemaId(":.team:", 2)).contains(2);
        assertThat(session.contextSchemaId(":.team:", 3)).contains(3);
        assertThat(session.contextSchemaId(":.team:", 1)).isEmpty();
        assertThat(session.contextIdOf(":.other:", 3)).contains(3);
        assertThat(session.contextIdOf(":.team:", 3)).contains(3);
        assertThat(session.contextIdOf(":.team:", 1)).isEmpty();
        return null;
      });
      int fresh = database.store().inTransaction(session -> session.insertContextSchema(
          ":.team:", null, new SchemaRow(0, "AVRO", "\"int\"", "identity-4", java.util.List.of(), null, null)));
      assertThat(fresh).as("a named context's stored row is out of the default context's reach").isNegative();
      Optional<Integer> next = database.store().inTransaction(session -> session.contextIdOf(":.team:", fresh));
      assertThat(next).contains(4);
    }
  }
}
