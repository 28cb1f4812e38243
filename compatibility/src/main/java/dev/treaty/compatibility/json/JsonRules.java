package dev.treaty.compatibility.json;

import dev.treaty.compatibility.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schema rule catalogue. Categories say where a rule breaks: {@code STRICT} and
 * {@code LENIENT} for incompatible differences, {@code STRICT} alone for those the LENIENT policy
 * accepts, none for differences that are always safe.
 */
final class JsonRules {

  static final String FORMAT = "JSON";

  private JsonRules() {}

  static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    for (JsonDifference difference : JsonDifference.values()) {
      rules.add(new Rule(FORMAT, difference.name(), difference.purpose(), categories(difference), difference.remedy()));
    }
    rules.add(new Rule(FORMAT, PayloadValidator.PAYLOAD_INVALID,
        "An example payload violates the schema; the message names everit's keyword (type, required, ...).",
        List.of("PAYLOAD"), "Change the example (or the schema) so the example satisfies the keyword the message names."));
    rules.add(new Rule(FORMAT, PayloadValidator.PAYLOAD_MALFORMED,
        "An example payload is not JSON at all.", List.of("PAYLOAD"), "Fix the JSON syntax of the example."));
    return List.copyOf(rules);
  }

  private static List<String> categories(JsonDifference difference) {
    return switch (difference.status()) {
      case COMPATIBLE -> List.of();
      case LENIENT -> List.of("STRICT");
      case INCOMPATIBLE -> List.of("STRICT", "LENIENT");
    };
  }
}
