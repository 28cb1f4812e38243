package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.model.Judge;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityReport;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.VersionedSchema;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/** Runs the compatibility library against stored versions, at the subject's level. */
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
   * Checks a candidate against {@code versions} (all live, in any order) at the subject's level,
   * leaving out versions of another compatibility group. Only the versions the level checks are
   * read and parsed: none for NONE, the newest of the group unless the level is transitive.
   */
  CompatibilityVerdict judge(StoreSession session, Candidate candidate, List<VersionRow> versions, Settings settings) {
    ParsedSchema proposed = candidate.parsed();
    String group = groupOf(candidate.metadata(), settings.compatibilityGroup());
    boolean every = CompatibilityChecker.checksEveryVersion(settings.level());
    Map<Integer, String> oldSchemas = new LinkedHashMap<>();
    List<VersionedSchema> existing = new ArrayList<>();
    List<VersionRow> newestFirst = CompatibilityChecker.directions(settings.level()).isEmpty()
        ? List.of()
        : versions.stream().sorted(Comparator.comparingInt(VersionRow::version).reversed()).toList();
    for (VersionRow version : newestFirst) {
      SchemaRow row = cache.row(session, version.schemaId()).orElseThrow();
      if (settings.compatibilityGroup() != null
          && !Objects.equals(group, groupOf(Json.read(row.metadataJson()), settings.compatibilityGroup()))) {
        continue;
      }
      oldSchemas.put(version.version(), row.text());
      existing.add(new VersionedSchema(version.version(), cache.parsed(session, row, formats, resolver)));
      if (!every) {
        break;
      }
    }
    CompatibilityReport report = checker.check(settings.level(), proposed, existing, settings.options());
    if (settings.validateFields()) {
      VersionRow latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
      report = FieldValidation.withReservedFields(report, candidate,
          latest == null ? null : Json.read(cache.row(session, latest.schemaId()).orElseThrow().metadataJson()));
    }
    if (!report.isCompatible()) {
      failures.increment();
    }
    return new CompatibilityVerdict(
        report, Judge.level(settings.level().name()), oldSchemas, settings.options(), settings.validateFields());
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
}
