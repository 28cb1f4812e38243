package dev.treaty.compatibility.avro;

import dev.treaty.compatibility.Edit;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * One direction of an Avro check, delegated to Avro's own {@link SchemaCompatibility}: it is the
 * reference, so every breaking verdict comes from it. Treaty only names the rule, keeps Avro's
 * location as the path and writes the sentence. The safe changes listed besides are informational.
 */
final class AvroCompatibility {

  private static final Pattern AMBIGUOUS_FIELD =
      Pattern.compile("Reader record field (\\S+) .* matches multiple fields");

  private AvroCompatibility() {}

  static List<Finding> check(Schema reader, Schema writer, boolean safeChanges, Edit edit) {
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
              "Avro could not check the pair, so it counts as incompatible: " + reason(e)));
    }
    List<Finding> findings = new ArrayList<>();
    incompatibilities.stream().map(incompatibility -> toFinding(incompatibility, reader, edit)).distinct().forEach(findings::add);
    if (safeChanges) {
      findings.addAll(SafeChanges.between(reader, writer, edit));
    }
    return List.copyOf(findings);
  }

  private static String reason(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "the schemas are nested too deeply.";
    }
    Matcher ambiguous = AMBIGUOUS_FIELD.matcher(String.valueOf(e.getMessage()));
    if (ambiguous.find()) {
      return "reader field `" + ambiguous.group(1) + "` matches more than one writer field by name or alias.";
    }
    String message = String.valueOf(e.getMessage());
    // Avro appends whole schemas to some messages; the first line says what went wrong.
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }

  private static Finding toFinding(Incompatibility incompatibility, Schema reader, Edit edit) {
    String location = incompatibility.getLocation();
    SchemaPath path = location == null || location.equals("/") ? SchemaPath.ROOT : SchemaPath.of(location);
    return Finding.breaking(
        incompatibility.getType().name(),
        path,
        IncompatibilityMessage.describe(incompatibility, reader, path.toString(), edit));
  }
}
