package dev.treaty.compatibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every rule id Treaty can report, across formats. Feeds the docs, the CLI and the UI. */
public final class RuleCatalog {

  /** Reported when the proposed schema is of another format than the version it is checked with. */
  public static final Rule SCHEMA_TYPE_CHANGED =
      new Rule(
          "ANY",
          "SCHEMA_TYPE_CHANGED",
          "The schema changed format (e.g. from Avro to JSON Schema); no reader can follow that.",
          List.of(),
          "Keep the subject's format; register the schema in the new format under a new subject (or topic) and move consumers over.");

  private RuleCatalog() {}

  /** The rule of {@code id} in {@code format}, or the format-independent one; {@code null} when unknown. */
  public static Rule find(SchemaFormat format, String id) {
    if (SCHEMA_TYPE_CHANGED.id().equals(id)) {
      return SCHEMA_TYPE_CHANGED;
    }
    return ByKey.RULES.get(format.name() + ":" + id);
  }

  /** Built on first use, once every format's rules are loaded. */
  private static final class ByKey {
    static final Map<String, Rule> RULES = all().stream()
        .collect(Collectors.toUnmodifiableMap(rule -> rule.format() + ":" + rule.id(), rule -> rule, (a, b) -> a));
  }

  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.add(SCHEMA_TYPE_CHANGED);
    for (SchemaFormat format : SchemaFormats.all()) {
      rules.addAll(format.rules());
    }
    return List.copyOf(rules);
  }
}
