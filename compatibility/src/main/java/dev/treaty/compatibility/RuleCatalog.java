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

  /**
   * Reported by the registry when Confluent's {@code validateFields} is on: the newest version's
   * metadata reserved a field name ({@code confluent:reserved}) that the new schema's no longer does.
   */
  public static final Rule RESERVED_FIELD_REMOVED =
      new Rule(
          "ANY",
          "RESERVED_FIELD_REMOVED",
          "A field name reserved in the metadata property `confluent:reserved` of the latest version is no longer reserved, so it could be reused with another meaning.",
          List.of(),
          "Keep every name of the latest version in the new schema's `confluent:reserved` list; reserving is for good.");

  /**
   * Reported by the registry when Confluent's {@code validateFields} is on: a top-level field uses
   * a name the schema's metadata reserves.
   */
  public static final Rule FIELD_CONFLICTS_WITH_RESERVED_FIELD =
      new Rule(
          "ANY",
          "FIELD_CONFLICTS_WITH_RESERVED_FIELD",
          "A top-level field uses a name listed in the metadata property `confluent:reserved`, a name retired so that old data is never read with a new meaning.",
          List.of(),
          "Give the field a name that is not reserved.");

  private static final List<Rule> ANY_FORMAT =
      List.of(SCHEMA_TYPE_CHANGED, RESERVED_FIELD_REMOVED, FIELD_CONFLICTS_WITH_RESERVED_FIELD);

  private RuleCatalog() {}

  /**
   * The rule of {@code id} in {@code format} (which may be {@code null}), or the format-independent
   * one; {@code null} when unknown.
   */
  public static Rule find(SchemaFormat format, String id) {
    for (Rule rule : ANY_FORMAT) {
      if (rule.id().equals(id)) {
        return rule;
      }
    }
    return format == null ? null : ByKey.RULES.get(format.name() + ":" + id);
  }

  /** Built on first use, once every format's rules are loaded. */
  private static final class ByKey {
    static final Map<String, Rule> RULES = all().stream()
        .collect(Collectors.toUnmodifiableMap(rule -> rule.format() + ":" + rule.id(), rule -> rule, (a, b) -> a));
  }

  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(ANY_FORMAT);
    for (SchemaFormat format : SchemaFormats.all()) {
      rules.addAll(format.rules());
    }
    return List.copyOf(rules);
  }
}
