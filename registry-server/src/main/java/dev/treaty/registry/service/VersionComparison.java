package dev.treaty.registry.service;

import dev.treaty.compatibility.Change;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.Severity;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares any two versions of a subject (soft-deleted ones too) in both directions, with safe
 * changes listed, under the subject's JSON Schema policy and Protobuf rule set. Thread-safe.
 */
public final class VersionComparison {

  private final CompatibilityChecker checker = new CompatibilityChecker();
  private final SchemaStore store;
  private final SchemaCache cache;
  private final Formats formats;
  private final ReferenceResolver resolver;
  private final ConfigService configs;
  private final ContextIds ids;

  VersionComparison(
      SchemaStore store, SchemaCache cache, Formats formats, ReferenceResolver resolver, ConfigService configs,
      ContextIds ids) {
    this.ids = ids;
    this.store = store;
    this.cache = cache;
    this.formats = formats;
    this.resolver = resolver;
    this.configs = configs;
  }

  public VersionDiff compare(String subject, VersionSpec from, VersionSpec to) {
    return store.inTransaction(session -> {
      List<VersionRow> versions = session.versions(subject);
      if (versions.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      VersionRow older = find(versions, from);
      VersionRow newer = find(versions, to);
      SchemaRow olderRow = cache.row(session, older.schemaId()).orElseThrow();
      SchemaRow newerRow = cache.row(session, newer.schemaId()).orElseThrow();
      Settings settings = configs.effective(session, subject);
      CheckOptions options = new CheckOptions(settings.options().jsonPolicy(), settings.options().protobufRules(), true);
      ParsedSchema olderSchema = parsed(session, olderRow);
      ParsedSchema newerSchema = parsed(session, newerRow);
      List<Finding> findings = new ArrayList<>();
      findings.addAll(checker.checkPair(newerSchema, olderSchema, Direction.BACKWARD, older.version(), options));
      findings.addAll(checker.checkPair(olderSchema, newerSchema, Direction.FORWARD, older.version(), options));
      findings.sort(Finding.ORDER);
      return new VersionDiff(
          subject,
          settings.level().name(),
          side(older, olderRow, ids.shown(session, older)),
          side(newer, newerRow, ids.shown(session, newer)),
          Change.of(findings).stream().map(VersionComparison::change).toList(),
          Arrays.stream(CompatibilityLevel.values())
              .map(level -> new VersionDiff.Verdict(level.name(), findings.stream().noneMatch(f -> breaks(f, level))))
              .toList());
    });
  }

  // Parsed from the stored text, which the diff returns and the UI shows, so that a .proto
  // location's line is a line of that text.
  private ParsedSchema parsed(StoreSession session, SchemaRow row) {
    return cache.parsedAsStored(session, row, formats, resolver);
  }

  private static VersionRow find(List<VersionRow> versions, VersionSpec spec) {
    if (spec.isLatest()) {
      return versions.stream().filter(row -> !row.deleted()).reduce((a, b) -> b).orElse(versions.get(versions.size() - 1));
    }
    return versions.stream()
        .filter(row -> row.version() == spec.number())
        .findFirst()
        .orElseThrow(() -> RegistryException.versionNotFound(spec.number()));
  }

  private static VersionDiff.Side side(VersionRow version, SchemaRow row, int id) {
    String type = row.schemaType() == null || row.schemaType().isBlank() ? "AVRO" : row.schemaType();
    return new VersionDiff.Side(version.version(), id, type, row.text(), version.deleted());
  }

  /** One row per edit, however many directions found it. */
  private static VersionDiff.Change change(Change change) {
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (Direction direction : Direction.values()) {
      Severity severity = change.severity(direction);
      verdicts.put(direction.name(), (severity == null ? Severity.SAFE : severity).name());
    }
    return new VersionDiff.Change(
        change.ruleId(), change.isBreaking() ? "BREAKING" : "SAFE", change.path(), change.location(), change.edit(),
        change.direction() == null ? null : change.direction().name(),
        Arrays.stream(CompatibilityLevel.values()).filter(level -> breaks(change, level)).map(Enum::name).toList(),
        verdicts, change.remedy());
  }

  private static boolean breaks(Change change, CompatibilityLevel level) {
    return change.verdicts().stream().anyMatch(verdict -> breaks(
        new Finding(verdict.ruleId(), verdict.severity(), change.path(), null, change.edit(), verdict.direction(), null), level));
  }

  // Between two versions a transitive level asks the same as its plain form.
  private static boolean breaks(Finding finding, CompatibilityLevel level) {
    if (!finding.isBreaking() || level == CompatibilityLevel.NONE) {
      return false;
    }
    boolean backward = finding.direction() == Direction.BACKWARD;
    return switch (level) {
      case BACKWARD, BACKWARD_TRANSITIVE -> backward;
      case FORWARD, FORWARD_TRANSITIVE -> !backward;
      default -> true;
    };
  }
}
