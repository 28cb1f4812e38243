package dev.treaty.registry.service;

import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read-only views of subjects for the web UI: a filtered, paged list that stays fast with many
 * thousands of subjects, and one subject with all its versions. Thread-safe.
 */
public final class SubjectOverview {

  private static final int MAX_PAGE = 500;

  private final SchemaStore store;
  private final SchemaCache cache;
  private final ConfigService configs;
  private final ModeService modes;
  // A schema id never changes its format, so the format is looked up once per id.
  private final Map<Integer, String> formatById = new ConcurrentHashMap<>();

  SubjectOverview(SchemaStore store, SchemaCache cache, ConfigService configs, ModeService modes) {
    this.store = store;
    this.cache = cache;
    this.configs = configs;
    this.modes = modes;
  }

  public SubjectPage subjects(SubjectFilter filter, int offset, int limit) {
    int pageSize = limit <= 0 ? 50 : Math.min(limit, MAX_PAGE);
    int from = Math.max(0, offset);
    return store.inTransaction(session -> {
      Map<String, List<VersionRow>> bySubject = new LinkedHashMap<>();
      for (VersionRow row : session.allVersions()) {
        if (filter.matchesName(row.subject())) {
          bySubject.computeIfAbsent(row.subject(), subject -> new ArrayList<>()).add(row);
        }
      }
      java.util.Set<String> withFindings = session.governance().subjectsWithFindings();
      java.util.Set<String> deprecatedSubjects = DeprecationService.deprecatedSubjects(session);
      List<Kept> kept = new ArrayList<>();
      for (Map.Entry<String, List<VersionRow>> entry : bySubject.entrySet()) {
        List<VersionRow> versions = entry.getValue();
        boolean deleted = versions.stream().allMatch(VersionRow::deleted);
        VersionRow latest = latest(versions);
        String format = format(session, latest.schemaId());
        boolean hasFindings = withFindings.contains(entry.getKey());
        if ((deleted && !filter.deleted()) || !filter.matchesFormat(format) || (filter.findings() && !hasFindings)) {
          continue;
        }
        // The level costs a query per subject: only read here when filtering by it.
        String level = filter.level() == null ? null : configs.effective(session, entry.getKey()).level().name();
        if (!filter.matchesLevel(level == null ? filter.level() : level)) {
          continue;
        }
        long updated = versions.stream().mapToLong(VersionRow::createdAt).max().orElse(0);
        kept.add(new Kept(new SubjectSummary(
            entry.getKey(), format, versions.size(), latest.version(), latest.schemaId(), level, time(updated), deleted,
            hasFindings, deprecatedSubjects.contains(entry.getKey())),
            updated));
      }
      Comparator<Kept> byName = Comparator.comparing(row -> row.summary().subject());
      kept.sort(filter.sort().equals("updated")
          ? Comparator.comparingLong(Kept::updated).reversed().thenComparing(byName)
          : byName);
      List<SubjectSummary> page = new ArrayList<>();
      for (Kept row : kept.subList(Math.min(from, kept.size()), (int) Math.min(kept.size(), (long) from + pageSize))) {
        SubjectSummary summary = row.summary();
        page.add(summary.compatibilityLevel() != null ? summary : withLevel(session, summary));
      }
      return new SubjectPage(kept.size(), from, pageSize, page);
    });
  }

  public SubjectDetail subject(String subject) {
    return store.inTransaction(session -> {
      List<VersionRow> rows = session.versions(subject);
      if (rows.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      Map<Integer, String> findings = session.governance().findings(subject);
      Map<Integer, Deprecation> deprecations = new java.util.HashMap<>();
      DeprecationService.all(session, subject).forEach(d -> deprecations.put(d.version() == null ? 0 : d.version(), d));
      List<SubjectDetail.Version> versions = rows.stream()
          .map(row -> new SubjectDetail.Version(row.version(), row.schemaId(), time(row.createdAt()), row.deleted(),
              deprecations.get(row.version()), LintFindingsJson.read(findings.get(row.version()))))
          .toList();
      Settings settings = configs.effective(session, subject);
      return new SubjectDetail(
          subject,
          format(session, latest(rows).schemaId()),
          configs.effective(session, subject).level().name(),
          session.config(subject).map(Json::read).map(node -> node.hasNonNull("compatibility")).orElse(false),
          modes.effective(session, subject).name(),
          session.mode(subject).isPresent(),
          settings.lint().ruleSet(),
          settings.lint().ruleSet() == null ? null : settings.lint().enforcement().name(),
          deprecations.get(0),
          versions);
    });
  }

  private record Kept(SubjectSummary summary, long updated) {}

  private SubjectSummary withLevel(StoreSession session, SubjectSummary summary) {
    return new SubjectSummary(
        summary.subject(), summary.schemaType(), summary.versions(), summary.latestVersion(), summary.latestId(),
        configs.effective(session, summary.subject()).level().name(), summary.updated(), summary.deleted(),
        summary.hasFindings(), summary.deprecated());
  }

  // The newest live version, or the newest of all when every version is soft-deleted.
  private static VersionRow latest(List<VersionRow> versions) {
    VersionRow newest = versions.get(0);
    VersionRow newestLive = null;
    for (VersionRow row : versions) {
      if (row.version() > newest.version()) {
        newest = row;
      }
      if (!row.deleted() && (newestLive == null || row.version() > newestLive.version())) {
        newestLive = row;
      }
    }
    return newestLive == null ? newest : newestLive;
  }

  private String format(StoreSession session, int schemaId) {
    String known = formatById.get(schemaId);
    if (known != null) {
      return known;
    }
    String type = cache.row(session, schemaId).map(SchemaRow::schemaType).orElse(null);
    String format = type == null || type.isBlank() ? "AVRO" : type;
    formatById.put(schemaId, format);
    return format;
  }

  static String time(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }
}
