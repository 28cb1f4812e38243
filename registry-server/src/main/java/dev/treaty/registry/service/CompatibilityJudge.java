package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.CompatibilityReport;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.VersionedSchema;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/** Runs the compatibility library against stored versions and renders Confluent's messages. */
final class CompatibilityJudge {

  private final CompatibilityChecker checker = new CompatibilityChecker();
  private final SchemaCache cache;
  private final Formats formats;
  private final ReferenceResolver resolver;
  private final LongAdder failures = new LongAdder();

  CompatibilityJudge(SchemaCache cache, Formats formats, ReferenceResolver resolver) {
    this.cache = cache;
    this.formats = formats;
    this.resolver = resolver;
  }

  /**
   * Checks a candidate against {@code versions} (all live) at the subject's level, leaving out
   * versions of another compatibility group.
   */
  CompatibilityVerdict judge(StoreSession session, Candidate candidate, List<VersionRow> versions, Settings settings) {
    ParsedSchema proposed = candidate.parsed();
    String group = groupOf(candidate.metadata(), settings.compatibilityGroup());
    Map<Integer, SchemaRow> rows = new LinkedHashMap<>();
    List<VersionedSchema> existing = new ArrayList<>();
    for (VersionRow version : versions) {
      SchemaRow row = cache.row(session, version.schemaId()).orElseThrow();
      if (settings.compatibilityGroup() != null
          && !Objects.equals(group, groupOf(Json.read(row.metadataJson()), settings.compatibilityGroup()))) {
        continue;
      }
      rows.put(version.version(), row);
      existing.add(new VersionedSchema(version.version(), cache.parsed(session, row, formats, resolver)));
    }
    CompatibilityReport report = checker.check(settings.level(), proposed, existing, settings.options());
    if (!report.isCompatible()) {
      failures.increment();
    }
    return new CompatibilityVerdict(report, messages(report, rows, settings.level()));
  }

  /** A stored schema, parsed (once, then from the cache). */
  ParsedSchema parsed(StoreSession session, SchemaRow row) {
    return cache.parsed(session, row, formats, resolver);
  }

  private static String groupOf(JsonNode metadata, String property) {
    if (property == null || metadata == null) {
      return null;
    }
    JsonNode value = metadata.path("properties").get(property);
    return value == null || value.isNull() ? null : value.asText();
  }

  long failures() {
    return failures.sum();
  }

  private static List<String> messages(CompatibilityReport report, Map<Integer, SchemaRow> rows, CompatibilityLevel level) {
    List<String> messages = new ArrayList<>();
    Integer lastVersion = null;
    for (Finding finding : report.breaking()) {
      if (lastVersion != null && !lastVersion.equals(finding.checkedVersion())) {
        addOldSchema(messages, lastVersion, rows);
      }
      lastVersion = finding.checkedVersion();
      messages.add("{errorType:'" + finding.ruleId() + "', description:'" + finding.message()
          + "', additionalInfo:'" + finding.path() + "'}");
    }
    if (lastVersion != null) {
      addOldSchema(messages, lastVersion, rows);
      messages.add("{validateFields: 'false', compatibility: '" + level.name() + "'}");
    }
    return messages;
  }

  private static void addOldSchema(List<String> messages, Integer version, Map<Integer, SchemaRow> rows) {
    messages.add("{oldSchemaVersion: " + version + "}");
    SchemaRow row = rows.get(version);
    if (row != null) {
      messages.add("{oldSchema: '" + row.text() + "'}");
    }
  }
}
