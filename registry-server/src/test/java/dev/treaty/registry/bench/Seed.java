package dev.treaty.registry.bench;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.registry.service.SchemaIdentity;
import dev.treaty.registry.store.Database;
import dev.treaty.registry.store.SchemaRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Writes many subjects straight into a node's H2 file database, in batches, as registrations
 * would have left them: canonical text and identity from the same code the server uses, ids
 * counted from 1 and the import floor raised past them so the server's own ids follow on.
 * Registering 300,000 schemas over HTTP would take longer than the run it prepares.
 */
final class Seed {

  private static final int BATCH = 2_000;

  private Seed() {}

  /** {@code subjects} subjects of {@code versionsEach} distinct Avro records each. */
  static void subjects(Path dataDir, int subjects, int versionsEach) throws Exception {
    write(dataDir, "seed-%06d-value", subjects, versionsEach, Seed::record, 0);
  }

  /** One more subject, {@code long-value}, of {@code versions} versions of one small record. */
  static void longSubject(Path dataDir, int versions, int firstId) throws Exception {
    write(dataDir, "long-value", 1, versions, (s, v) -> longRecord(v), firstId);
  }

  private static void write(
      Path dataDir, String names, int subjects, int versionsEach, BiFunction<Integer, Integer, String> text, int firstId)
      throws Exception {
    SchemaFormat avro = SchemaFormats.all().stream().filter(f -> f.name().equals("AVRO")).findFirst().orElseThrow();
    try (Database database = Database.open("", null, null, dataDir, 2)) {
      database.migrate();
      try (Connection connection = database.dataSource().getConnection()) {
        connection.setAutoCommit(false);
        PreparedStatement subject = connection.prepareStatement("insert into subjects (subject) values (?)");
        PreparedStatement schema = connection.prepareStatement(
            "insert into schemas (id, schema_type, schema_text, identity, guid, created_at) values (?, 'AVRO', ?, ?, ?, ?)");
        PreparedStatement identity = connection.prepareStatement(
            "insert into schema_identities (identity, schema_id) values (?, ?)");
        PreparedStatement version = connection.prepareStatement(
            "insert into subject_versions (subject, version, schema_id, deleted, created_at) values (?, ?, ?, false, ?)");
        int id = firstId;
        long now = System.currentTimeMillis();
        for (int s = 0; s < subjects; s++) {
          String name = String.format(names, s);
          subject.setString(1, name);
          subject.addBatch();
          for (int v = 1; v <= versionsEach; v++) {
            id++;
            ParsedSchema parsed = avro.parse(text.apply(s, v), List.of());
            String hash = SchemaIdentity.of("AVRO", parsed.canonical(), List.of(), null, null);
            schema.setInt(1, id);
            schema.setString(2, parsed.canonical());
            schema.setString(3, hash);
            schema.setString(4, SchemaRow.guidOf(hash));
            schema.setLong(5, now);
            schema.addBatch();
            identity.setString(1, hash);
            identity.setInt(2, id);
            identity.addBatch();
            version.setString(1, name);
            version.setInt(2, v);
            version.setInt(3, id);
            version.setLong(4, now);
            version.addBatch();
          }
          if ((s + 1) % BATCH == 0 || s == subjects - 1) {
            for (PreparedStatement statement : List.of(subject, schema, identity, version)) {
              statement.executeBatch();
            }
            connection.commit();
          }
        }
        try (PreparedStatement floor = connection.prepareStatement(
            "update counters set counter_value = ? where name = 'schema_id'")) {
          floor.setInt(1, id);
          floor.executeUpdate();
        }
        connection.commit();
      }
    }
  }

  // Version v of the long subject: the same record with another default each time (safe at any level).
  static String longRecord(int version) {
    return "{\"type\":\"record\",\"name\":\"Long\",\"namespace\":\"seed\",\"fields\":["
        + "{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"n\",\"type\":\"int\",\"default\":" + version + "}]}";
  }

  // Version v of subject s: a record that gained an optional field in each version (BACKWARD-safe).
  static String record(int subject, int version) {
    StringBuilder fields = new StringBuilder("{\"name\":\"id\",\"type\":\"long\"}");
    for (int f = 2; f <= version; f++) {
      fields.append(",{\"name\":\"f").append(f).append("\",\"type\":[\"null\",\"string\"],\"default\":null}");
    }
    return "{\"type\":\"record\",\"name\":\"S" + subject + "\",\"namespace\":\"seed\",\"fields\":[" + fields + "]}";
  }
}
