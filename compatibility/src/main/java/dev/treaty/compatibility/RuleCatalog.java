package dev.treaty.compatibility;

import java.util.ArrayList;
import java.util.List;

/** Every rule id Treaty can report, across formats. Feeds the docs, the CLI and the UI. */
public final class RuleCatalog {

  /** Reported when the proposed schema is of another format than the version it is checked with. */
  public static final Rule SCHEMA_TYPE_CHANGED =
      new Rule(
          "ANY",
          "SCHEMA_TYPE_CHANGED",
          "The schema changed format (e.g. from Avro to JSON Schema); no reader can follow that.",
          List.of());

  private RuleCatalog() {}

  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.add(SCHEMA_TYPE_CHANGED);
    for (SchemaFormat format : SchemaFormats.all()) {
      rules.addAll(format.rules());
    }
    return List.copyOf(rules);
  }
}
