package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The detail of a settings event, so that the audit trail can say what a change replaced: for each
 * field that differs, {@code old.<field>} and {@code new.<field>} (absent when the field was or
 * became unset). Text stays text; other values are their JSON.
 */
final class Changes {

  private Changes() {}

  /** The differing fields of two stored settings objects (either may be empty, for set and removed). */
  static Map<String, String> between(ObjectNode before, ObjectNode after) {
    TreeSet<String> fields = new TreeSet<>();
    before.fieldNames().forEachRemaining(fields::add);
    after.fieldNames().forEachRemaining(fields::add);
    Map<String, String> detail = new TreeMap<>();
    for (String field : fields) {
      String old = text(before.get(field));
      String now = text(after.get(field));
      if (!Objects.equals(old, now)) {
        put(detail, "old." + field, old);
        put(detail, "new." + field, now);
      }
    }
    return detail;
  }

  /** One field that changed from {@code old} to {@code now} (either may be null: unset). */
  static Map<String, String> of(String field, String old, String now) {
    Map<String, String> detail = new TreeMap<>();
    put(detail, "old." + field, old);
    put(detail, "new." + field, now);
    return detail;
  }

  /** The detail as the events table stores it, or null when nothing changed. */
  static String json(Map<String, String> detail) {
    return detail.isEmpty() ? null : Json.write(Json.MAPPER.valueToTree(detail));
  }

  private static void put(Map<String, String> detail, String key, String value) {
    if (value != null) {
      detail.put(key, value);
    }
  }

  private static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isTextual() ? value.asText() : Json.write(value);
  }
}
