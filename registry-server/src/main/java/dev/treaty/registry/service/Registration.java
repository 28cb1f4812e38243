package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.TagSchemaRequest;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.lint.LintFinding;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.SubjectHead;
import dev.treaty.registry.store.VersionRow;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Registers schemas under subjects, following Confluent's algorithm: an existing live schema is
 * returned as is (even in READONLY), otherwise mode, compatibility, version and id are decided
 * while the subject is locked, so several nodes never hand out one version twice.
 */
public final class Registration {

  private final SchemaStore store;
  private final CandidateParser parser;
  private final CompatibilityJudge judge;
  private final SchemaCache cache;
  private final ConfigService configs;
  private final ModeService modes;
  private final Deletions deletions;
  private final RegistrationGate gate;
  private final LintGate lint;
  private final DeprecationService deprecations;
  private final SemanticMatch semantic;
  private final ContextIds ids;
  private final LongAdder registered = new LongAdder();

  /** A registered (or found) version and the lint findings it was registered with. */
  public record Registered(Schema schema, List<LintFinding> warnings) {}

  Registration(
      SchemaStore store, CandidateParser parser, CompatibilityJudge judge, SchemaCache cache,
      ConfigService configs, ModeService modes, Deletions deletions, RegistrationGate gate, LintGate lint,
      DeprecationService deprecations, SemanticMatch semantic, ContextIds ids) {
    this.ids = ids;
    this.store = store;
    this.parser = parser;
    this.judge = judge;
    this.cache = cache;
    this.configs = configs;
    this.modes = modes;
    this.deletions = deletions;
    this.gate = gate;
    this.lint = lint;
    this.deprecations = deprecations;
    this.semantic = semantic;
  }

  public Schema register(String subject, RegisterSchemaRequest given, boolean normalize, String actor) {
    return registerWithWarnings(subject, given, normalize, actor).schema();
  }

  /**
   * Registers like {@link #register}, and lints the schema under the subject's rule set first.
   *
   * @throws LintRefusedException when the subject's lint enforcement is ERROR and a finding is an ERROR
   */
  public Registered registerWithWarnings(String subject, RegisterSchemaRequest given, boolean normalize, String actor) {
    SubjectNames.requireValid(subject);
    RuleSets.requireValid(given == null ? null : given.ruleSet());
    RegisterSchemaRequest request = withoutNonPositiveId(given);
    Outcome outcome = store.inTransaction(session -> {
      session.lockSubject(subject);
      // The head, not the history: a subject's earlier versions are read only when the level is
      // transitive (or a semantic match or an import needs them), so registering stays as cheap
      // at the thousandth version as at the second.
      SubjectHead head = session.head(subject);
      Settings settings = configs.effective(session, subject);
      Optional<SchemaRow> latest = head.latestLive().flatMap(version -> cache.row(session, version.schemaId()));
      Candidate candidate = parser.parse(
          session, layered(TaggedRequest.of(request, latest), settings, latest), normalize || settings.normalize(), latest);

      Optional<Schema> existing = existingLive(session, subject, candidate, request.id());
      if (existing.isPresent()) {
        return new Outcome(new Registered(existing.get(), List.of()), null, null);
      }
      RegistryMode mode = modes.effective(session, subject);
      boolean importing = mode.takesIds();
      checkMode(mode, subject, request.id());
      if (settings.validateFields() && !importing) {
        FieldValidation.requireValidNames(candidate);
      }
      List<LintFinding> warnings = List.of();
      CompatibilityVerdict verdict = null;
      if (!importing) {
        deprecations.requireBeforeSunset(session, subject);
        warnings = lint.check(session, subject, candidate.parsed(),
            latest.map(row -> judge.parsed(session, row)).orElse(null), settings.lint());
        verdict = gate.judge(session, subject, candidate.parsed(),
            judge.judge(session, candidate, judged(session, subject, head, settings), settings));
        if (!verdict.isCompatible()) {
          throw new IncompatibleSchemaException(subject, verdict);
        }
      }
      int version = chooseVersion(session, subject, head, request.version(), importing);
      Chosen chosen = chooseSchema(session, subject, candidate, request.id());
      SchemaRow row = chosen.row();
      session.insertVersion(subject, version, row.id());
      if (!chosen.fresh()) {
        removeSoftDeletedCopies(session, subject, row.id(), version, actor);
      }
      int id = ids.shown(session, subject, row.id());
      session.append(EventRow.of("SCHEMA_REGISTERED", subject, version, id, actor));
      if (verdict != null) {
        gate.record(session, subject, version, id, verdict, actor);
      }
      if (!warnings.isEmpty()) {
        session.governance().recordFindings(subject, version, Json.write(Json.MAPPER.valueToTree(warnings)));
      }
      registered.increment();
      return new Outcome(
          new Registered(Views.schema(
              new VersionRow(subject, version, row.id(), false, System.currentTimeMillis()), row, id), warnings),
          row, candidate.parsed());
    });
    // Only once committed: the next registration under this subject reads this row as its
    // latest and parses it, so it is kept rather than read back and parsed again.
    if (outcome.row() != null) {
      cache.remember(outcome.row(), outcome.parsed());
    }
    return outcome.registered();
  }

  private record Outcome(Registered registered, SchemaRow row, ParsedSchema parsed) {}

  /**
   * Confluent's {@code POST .../versions/{version}/tags}: registers {@code existing}'s schema again
   * with the tags of the request added and removed (and its metadata or rule set, when given, with
   * {@code rulesToMerge} merged in and {@code rulesToRemove} taken out, see {@link RuleSetEdits}), as
   * {@code newVersion} when given (which must be the next version, as for any registration).
   *
   * @throws RegistryException 42210 for a rule set that is not valid once edited
   */
  public Registered modifyTags(Schema existing, TagSchemaRequest request, String actor) {
    if (request == null) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Request body is required");
    }
    Integer version = request.newVersion() != null && request.newVersion() > 0 ? request.newVersion() : null;
    JsonNode ruleSet = RuleSetEdits.apply(request.ruleSet() != null ? request.ruleSet() : existing.ruleSet(),
        request.rulesToMerge(), request.rulesToRemove());
    RegisterSchemaRequest again = new RegisterSchemaRequest(existing.schema(), existing.schemaType(),
        existing.references(), request.metadata() != null ? request.metadata() : existing.metadata(),
        ruleSet, version, null, request.tagsToAdd(), request.tagsToRemove(), null);
    return registerWithWarnings(existing.subject(), again, false, actor);
  }

  // Confluent's step 5: config defaults, then the request's own metadata and rule set (or, when
  // it gives none, those of the latest version), then config overrides.
  private static RegisterSchemaRequest layered(RegisterSchemaRequest request, Settings settings, Optional<SchemaRow> latest) {
    if (request == null) {
      return null;
    }
    JsonNode ownMetadata = request.metadata() != null
        ? request.metadata()
        : latest.map(row -> Json.read(row.metadataJson())).orElse(null);
    JsonNode ownRuleSet = request.ruleSet() != null
        ? request.ruleSet()
        : latest.map(row -> Json.read(row.ruleSetJson())).orElse(null);
    return new RegisterSchemaRequest(
        request.schema(), request.schemaType(), request.references(),
        MetadataMerge.metadata(settings.defaultMetadata(), ownMetadata, settings.overrideMetadata()),
        MetadataMerge.ruleSet(settings.defaultRuleSet(), ownRuleSet, settings.overrideRuleSet()),
        request.version(), request.id());
  }

  // Like a version of 0 or less, an id of 0 or less means "none given" (clients send -1).
  private static RegisterSchemaRequest withoutNonPositiveId(RegisterSchemaRequest request) {
    if (request == null || request.id() == null || request.id() > 0) {
      return request;
    }
    return new RegisterSchemaRequest(request.schema(), request.schemaType(), request.references(), request.metadata(),
        request.ruleSet(), request.version(), null, request.schemaTagsToAdd(), request.schemaTagsToRemove(),
        request.propagateSchemaTags());
  }

  public long registeredCount() {
    return registered.sum();
  }

  private Optional<Schema> existingLive(StoreSession session, String subject, Candidate candidate, Integer id) {
    for (VersionRow version : session.liveVersionsWithIdentity(subject, candidate.identity())) {
      int shown = ids.shown(session, version);
      if (id == null || id == shown) {
        return Optional.of(Views.schema(version, cache.row(session, version.schemaId()).orElseThrow(), shown));
      }
    }
    // Confluent's step 8: the same schema with its references written inline is that version too.
    if (!SemanticMatch.applies(candidate)) {
      return Optional.empty();
    }
    for (VersionRow version : session.liveVersionsWithReferences(subject)) {
      SchemaRow row = cache.row(session, version.schemaId()).orElseThrow();
      int shown = ids.shown(session, version);
      if ((id == null || id == shown) && semantic.matches(session, candidate, row, candidate.metadata(), candidate.ruleSet())) {
        return Optional.of(Views.schema(version, row, shown));
      }
    }
    return Optional.empty();
  }

  // What the level compares with: every live version when it is transitive or versions belong to
  // compatibility groups (the latest of the candidate's group may lie further back), else the latest.
  private static List<VersionRow> judged(StoreSession session, String subject, SubjectHead head, Settings settings) {
    if (CompatibilityChecker.checksEveryVersion(settings.level()) || settings.compatibilityGroup() != null) {
      return live(session, subject);
    }
    return head.latestLive().map(List::of).orElse(List.of());
  }

  private static List<VersionRow> live(StoreSession session, String subject) {
    return session.versions(subject).stream().filter(row -> !row.deleted()).toList();
  }

  private static void checkMode(RegistryMode mode, String subject, Integer id) {
    if (mode.isReadOnly()) {
      throw RegistryException.notPermitted("Subject " + subject + " is in read-only mode");
    }
    if (mode.takesIds() && id == null) {
      throw RegistryException.notPermitted(
          "Subject " + subject + " is in " + mode.name().toLowerCase(java.util.Locale.ROOT)
              + " mode, not in read-write mode; a schema id is required");
    }
    if (mode == RegistryMode.READWRITE && id != null) {
      throw RegistryException.notPermitted("Subject " + subject + " is not in import mode");
    }
  }

  private static int chooseVersion(
      StoreSession session, String subject, SubjectHead head, Integer requested, boolean importing) {
    int next = head.lastVersion() + 1;
    if (requested == null || requested <= 0) {
      return next;
    }
    if (importing) {
      if (session.versions(subject).stream().anyMatch(row -> row.version() == requested)) {
        throw RegistryException.invalidSchema("Version " + requested + " already exists");
      }
      return requested;
    }
    if (requested != next) {
      throw RegistryException.invalidSchema("Version is not one more than previous version");
    }
    return next;
  }

  /** The schema a new version uses, and whether this transaction inserted it. */
  private record Chosen(SchemaRow row, boolean fresh) {}

  // A row this transaction inserts is built here, not read back (nor cached before the commit);
  // a row found by identity was committed by another transaction, so the cache may keep it.
  // A subject in a named context takes its schema and id from that context only (ContextIds).
  private Chosen chooseSchema(StoreSession session, String subject, Candidate candidate, Integer requested) {
    String context = Contexts.of(subject);
    if (context != null) {
      Optional<Integer> known = requested != null
          ? session.contextSchemaId(context, requested)
          : session.contextSchemaByIdentity(context, candidate.identity());
      if (known.isPresent()) {
        return new Chosen(sameSchema(cache.row(session, known.get()).orElseThrow(), candidate, requested), false);
      }
      return new Chosen(candidate.toRow().withId(session.insertContextSchema(context, requested, candidate.toRow())), true);
    }
    if (requested != null) {
      Optional<SchemaRow> taken = cache.row(session, requested);
      if (taken.isPresent()) {
        return new Chosen(sameSchema(taken.get(), candidate, requested), false);
      }
      return new Chosen(candidate.toRow().withId(session.insertSchema(requested, candidate.toRow())), true);
    }
    Optional<Integer> known = session.schemaIdByIdentity(candidate.identity());
    if (known.isPresent()) {
      return new Chosen(cache.row(session, known.get()).orElseThrow(), false);
    }
    return new Chosen(candidate.toRow().withId(session.insertSchema(null, candidate.toRow())), true);
  }

  // An imported id already taken is reused only by the schema it names.
  private static SchemaRow sameSchema(SchemaRow taken, Candidate candidate, Integer requested) {
    if (requested != null && !taken.identity().equals(candidate.identity())) {
      throw RegistryException.notPermitted(
          "Overwrite new schema with id " + requested + " is not permitted: the id belongs to another schema");
    }
    return taken;
  }

  // Re-registering a soft-deleted schema makes a new version; the old soft-deleted one goes.
  private void removeSoftDeletedCopies(StoreSession session, String subject, int id, int version, String actor) {
    List<VersionRow> copies = session.versionsOfSchemaIn(subject, id).stream()
        .filter(row -> row.deleted() && row.version() != version)
        .filter(row -> session.referringVersions(row.subject(), row.version()).isEmpty())
        .toList();
    if (!copies.isEmpty()) {
      deletions.removePermanently(session, copies, actor);
    }
  }
}
