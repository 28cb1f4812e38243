package dev.treaty.compatibility.avro;

import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaPath;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * One direction of an Avro check, delegated to Avro's own {@link SchemaCompatibility}: it is the
 * reference, so every breaking verdict comes from it. Treaty only names the rule, keeps Avro's
 * location as the path and writes the sentence.
 */
final class AvroCompatibility {

  private AvroCompatibility() {}

  static List<Finding> check(Schema reader, Schema writer) {
    List<Incompatibility> incompatibilities;
    try {
      incompatibilities =
          SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
              .getResult()
              .getIncompatibilities();
    } catch (RuntimeException | StackOverflowError e) {
      // Confluent reports a pair the library cannot judge as incompatible; so do we.
      return List.of(
          Finding.breaking(
              AvroRules.AVRO_LIBRARY_ERROR.id(),
              SchemaPath.ROOT,
              "Avro could not check the pair, so it counts as incompatible: " + e.getMessage()));
    }
    return incompatibilities.stream()
        .map(incompatibility -> toFinding(incompatibility, reader))
        .distinct()
        .toList();
  }

  private static Finding toFinding(Incompatibility incompatibility, Schema reader) {
    String location = incompatibility.getLocation();
    SchemaPath path = location == null || location.equals("/") ? SchemaPath.ROOT : SchemaPath.of(location);
    return Finding.breaking(
        incompatibility.getType().name(),
        path,
        IncompatibilityMessage.describe(incompatibility, FieldPath.of(reader, path.toString())));
  }
}
