package dev.treaty.registry.service;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.VersionRow;
import java.util.List;
import java.util.Optional;

/**
 * The compatibility endpoints. Against one version the level's direction is applied to just that
 * version; against all versions the level applies as registration would apply it.
 */
public final class CompatibilityService {

  private final SchemaStore store;
  private final CandidateParser parser;
  private final CompatibilityJudge judge;
  private final ConfigService configs;
  private final RegistrationGate gate;

  CompatibilityService(
      SchemaStore store, CandidateParser parser, CompatibilityJudge judge, ConfigService configs, RegistrationGate gate) {
    this.store = store;
    this.parser = parser;
    this.judge = judge;
    this.configs = configs;
    this.gate = gate;
  }

  /** The answer to a check: a verdict, or why the schema is invalid (only when verbose output was asked for). */
  public record Outcome(CompatibilityVerdict verdict, String invalid) {}

  /**
   * Checks a schema as registration would: against every live version ({@code spec} null) or the
   * latest, the level and then the contract gate decide, exactly as they would decide its
   * registration (nothing is recorded). Against one chosen version, only the level's direction
   * applies to that version.
   *
   * @param spec the version to check against, or {@code null} for every live version
   */
  public Outcome check(
      String subject, VersionSpec spec, RegisterSchemaRequest request, boolean normalize, boolean verbose) {
    return store.inTransaction(session -> {
      List<VersionRow> live = session.versions(subject).stream().filter(row -> !row.deleted()).toList();
      List<VersionRow> against = against(live, spec);
      Settings settings = configs.effective(session, subject);
      Candidate candidate;
      try {
        candidate = parser.parse(session, request, normalize || settings.normalize(), Optional.empty());
        if (settings.validateFields()) {
          FieldValidation.requireValidNames(candidate);
        }
      } catch (RegistryException e) {
        if (verbose && e.code() == ErrorCode.INVALID_SCHEMA) {
          return new Outcome(null, e.getMessage());
        }
        throw e;
      }
      Settings applied = spec == null ? settings : settings.withLevel(single(settings.level()));
      CompatibilityVerdict verdict = judge.judge(session, candidate, against, applied);
      boolean asRegistration = spec == null || spec.isLatest();
      return new Outcome(asRegistration ? gate.judge(session, subject, candidate.parsed(), verdict) : verdict, null);
    });
  }

  private static List<VersionRow> against(List<VersionRow> live, VersionSpec spec) {
    if (spec == null) {
      return live;
    }
    if (spec.isLatest()) {
      return live.isEmpty() ? List.of() : List.of(live.get(live.size() - 1));
    }
    return List.of(live.stream()
        .filter(row -> row.version() == spec.number())
        .findFirst()
        .orElseThrow(() -> RegistryException.versionNotFound(spec.number())));
  }

  // Against one chosen version, a transitive level means the same as its plain form.
  private static CompatibilityLevel single(CompatibilityLevel level) {
    return switch (level) {
      case BACKWARD_TRANSITIVE -> CompatibilityLevel.BACKWARD;
      case FORWARD_TRANSITIVE -> CompatibilityLevel.FORWARD;
      case FULL_TRANSITIVE -> CompatibilityLevel.FULL;
      default -> level;
    };
  }
}
