package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.store.ContractRecords;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.SubjectListing;
import dev.treaty.registry.store.SubjectSummaryRow;
import dev.treaty.registry.store.VersionRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  private final ContextIds ids;

  SubjectOverview(SchemaStore store, SchemaCache cache, ConfigService configs, ModeService modes, ContextIds ids) {
    this.ids = ids;
    this.store = store;
    this.cache = cache;
    this.configs = configs;
    this.modes = modes;
  }

  public SubjectPage subjects(SubjectFilter filter, int offset, int limit) {
    int pageSize = limit <= 0 ? 50 : Math.min(limit, MAX_PAGE);
    int from = Math.max(0, offset);
    SubjectListing listing = new SubjectListing(
        filter.text(), filter.format(), filter.deleted(), filter.sort().equals("updated"), from, pageSize);
    return store.inTransaction(session -> {
      Set<String> withFindings = session.governance().subjectsWithFindings();
      Set<String> deprecatedSubjects = DeprecationService.deprecatedSubjects(session);
      if (filter.findings() || filter.level() != null || filter.record() != null || filter.context() != null) {
        // Findings, levels, declared names and contexts are not in the versions table: these rarer
        // filters read the whole (already name- and format-filtered) list and page it here.
        List<SubjectSummary> kept = new ArrayList<>();
        for (SubjectSummaryRow row : session.subjectSummaries(listing.whole())) {
          // the declared names are one cached schema; a summary costs several queries: names first
          if (!filter.matchesContext(row.subject())
              || filter.record() != null && !declares(session, row, filter.record())) {
            continue;
          }
          SubjectSummary summary = summary(session, row, withFindings, deprecatedSubjects);
          if ((!filter.findings() || summary.hasFindings()) && filter.matchesLevel(summary.compatibilityLevel())) {
            kept.add(summary);
          }
        }
        return new SubjectPage(kept.size(), from, pageSize,
            kept.subList(Math.min(from, kept.size()), (int) Math.min(kept.size(), (long) from + pageSize)));
      }
      List<SubjectSummary> page = new ArrayList<>();
      for (SubjectSummaryRow row : session.subjectSummaries(listing)) {
        page.add(summary(session, row, withFindings, deprecatedSubjects));
      }
      return new SubjectPage((int) session.countSubjectSummaries(listing), from, pageSize, page);
    });
  }

  // The level, its source, the mode and the gate cost a few queries per subject, so they are read
  // for the subjects shown (or filtered on).
  private SubjectSummary summary(
      StoreSession session, SubjectSummaryRow row, Set<String> withFindings, Set<String> deprecatedSubjects) {
    return new SubjectSummary(
        row.subject(), row.schemaType(), row.versions(), row.latestVersion(),
        ids.shown(session, row.subject(), row.latestId()),
        configs.effective(session, row.subject()).level().name(), time(row.updated()), row.allDeleted(),
        withFindings.contains(row.subject()), deprecatedSubjects.contains(row.subject()),
        session.contracts().gate(row.subject()).orElse(null),
        configs.levelSource(session, row.subject()), modes.effective(session, row.subject()).name());
  }

  // Whether the subject's latest schema declares a name containing {@code part}.
  private boolean declares(StoreSession session, SubjectSummaryRow row, String part) {
    return cache.row(session, row.latestId())
        .map(schema -> RecordNames.anyContains(schema.schemaType(), schema.text(), part))
        .orElse(false);
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
      Map<Integer, SubjectDetail.GateOverride> overrides = new java.util.HashMap<>();
      session.contracts().gateOverrides(subject).forEach(mark -> overrides.put(mark.version(), gateOverride(mark)));
      List<SubjectDetail.Version> versions = rows.stream()
          .map(row -> new SubjectDetail.Version(row.version(), ids.shown(session, row), time(row.createdAt()), row.deleted(),
              deprecations.get(row.version()), LintFindingsJson.read(findings.get(row.version())),
              overrides.get(row.version())))
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
          session.contracts().gate(subject).orElse(null),
          versions);
    });
  }

  private static SubjectDetail.GateOverride gateOverride(ContractRecords.GateOverride mark) {
    JsonNode detail = mark.detail() == null ? Json.MAPPER.createObjectNode() : Json.read(mark.detail());
    return new SubjectDetail.GateOverride(mark.event(), detail.path("environment").asText(null),
        detail.path("consumers").asText(null), detail.path("overruled").asText(null));
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
    String type = cache.row(session, schemaId).map(SchemaRow::schemaType).orElse(null);
    return type == null || type.isBlank() ? "AVRO" : type;
  }

  static String time(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }
}
