package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.wire.schema.internal.parser.MessageElement;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.CompatibilityReport;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.RuleCatalog;
import dev.treaty.compatibility.Severity;
import dev.treaty.compatibility.avro.AvroSchema;
import dev.treaty.compatibility.protobuf.ProtobufSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.Schema;

/**
 * Confluent's {@code validateFields} (config, default false). At registration, a lookup or a check:
 * JSON Schema property names may not start with {@code $$}. In the compatibility check: field
 * names listed in the metadata property {@code confluent:reserved} (comma-separated) may not be
 * used by a top-level field, and a reserved name of the newest version may not be dropped from
 * the list. Avro names are checked always, by Avro's own parser, so they need nothing here.
 */
final class FieldValidation {

  static final String RESERVED = "confluent:reserved";
  private static final String RESERVED_PATH = "/metadata/properties/" + RESERVED;

  private FieldValidation() {}

  /** @throws RegistryException 42201 when a JSON Schema property name starts with {@code $$} */
  static void requireValidNames(Candidate candidate) {
    if (!candidate.schemaType().equals("JSON")) {
      return;
    }
    for (Iterator<String> names = Json.read(candidate.text()).path("properties").fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.startsWith("$$")) {
        throw RegistryException.invalidSchema(
            "Invalid schema of type JSON: Field names cannot start with $$ prefix (#/properties/" + name + ")");
      }
    }
  }

  /** The report with a breaking finding for each reserved-field violation added. */
  static CompatibilityReport withReservedFields(CompatibilityReport report, Candidate candidate, JsonNode latestMetadata) {
    Set<String> reserved = reserved(candidate.metadata());
    List<Finding> added = new ArrayList<>();
    for (String removed : new TreeSet<>(minus(reserved(latestMetadata), reserved))) {
      added.addAll(finding("RESERVED_FIELD_REMOVED", report.level(),
          "The new schema has reserved field " + removed
              + " removed from its metadata which is present in the old schema's metadata."));
    }
    Set<String> fields = topLevelFields(candidate);
    for (String name : new TreeSet<>(reserved)) {
      if (fields.contains(name)) {
        added.addAll(finding("FIELD_CONFLICTS_WITH_RESERVED_FIELD", report.level(),
            "The new schema has field that conflicts with the reserved field " + name + "."));
      }
    }
    if (added.isEmpty()) {
      return report;
    }
    added.addAll(report.findings());
    return new CompatibilityReport(report.level(), added);
  }

  static Set<String> reserved(JsonNode metadata) {
    JsonNode value = metadata == null ? null : metadata.path("properties").get(RESERVED);
    Set<String> names = new LinkedHashSet<>();
    if (value != null && value.isTextual()) {
      Arrays.stream(value.asText().split(",")).map(String::trim).filter(name -> !name.isEmpty()).forEach(names::add);
    }
    return names;
  }

  // Not a change between two schemas but a rule on the new one: it breaks in every direction the
  // level checks (or stands alone under NONE, which Confluent still enforces it at). It names no
  // checked version, so its message stays Confluent's sentence, listed before the versions' ones.
  private static List<Finding> finding(String ruleId, CompatibilityLevel level, String message) {
    String remedy = RuleCatalog.find(null, ruleId).remedy();
    List<Finding> findings = new ArrayList<>();
    for (Direction direction : directions(level)) {
      findings.add(new Finding(ruleId, Severity.BREAKING, RESERVED_PATH, null, message, direction, null, remedy));
    }
    return findings;
  }

  private static List<Direction> directions(CompatibilityLevel level) {
    List<Direction> checked = level == null ? List.of() : CompatibilityChecker.directions(level);
    return checked.isEmpty() ? java.util.Collections.singletonList(null) : checked;
  }

  private static Set<String> minus(Set<String> from, Set<String> taken) {
    Set<String> rest = new LinkedHashSet<>(from);
    rest.removeAll(taken);
    return rest;
  }

  // Confluent's "top-level field": an Avro record's fields, a JSON Schema's root properties, the
  // fields of a .proto file's top-level messages.
  private static Set<String> topLevelFields(Candidate candidate) {
    Set<String> names = new LinkedHashSet<>();
    if (candidate.parsed() instanceof AvroSchema avro) {
      if (avro.schema().getType() == Schema.Type.RECORD) {
        avro.schema().getFields().forEach(field -> names.add(field.name()));
      }
    } else if (candidate.parsed() instanceof ProtobufSchema proto) {
      proto.fileElement().getTypes().stream()
          .filter(MessageElement.class::isInstance)
          .map(MessageElement.class::cast)
          .forEach(message -> {
            message.getFields().forEach(field -> names.add(field.getName()));
            message.getOneOfs().forEach(oneOf -> oneOf.getFields().forEach(field -> names.add(field.getName())));
          });
    } else {
      Json.read(candidate.text()).path("properties").fieldNames().forEachRemaining(names::add);
    }
    return names;
  }
}
