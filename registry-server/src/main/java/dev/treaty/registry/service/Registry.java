package dev.treaty.registry.service;

import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.registry.store.SchemaStore;
import java.util.List;

/** The registry's services over one store, wired in plain constructor calls. Thread-safe. */
public final class Registry {

  private final SchemaCache cache;
  private final CompatibilityJudge judge;
  private final Registration registration;
  private final SubjectService subjects;
  private final DeleteService deletes;
  private final SchemaService schemas;
  private final CompatibilityService compatibility;
  private final ConfigService configs;
  private final ModeService modes;
  private final EventFeed events;
  private final SubjectOverview overview;
  private final VersionComparison comparison;
  private final RecentEvents recentEvents;
  private final ReferenceTexts referenceTexts;
  private final SampleService samples;
  private final LintRuleSetService lintRuleSets;
  private final LintService lint;
  private final DeprecationService deprecations;

  public Registry(SchemaStore store, List<SchemaFormat> formatList, CompatibilityLevel defaultLevel, int cacheSize) {
    this(store, formatList, defaultLevel, false, cacheSize, RegistrationGate.NONE, ProducerExamples.NONE);
  }

  /**
   * A registry whose registrations {@code gate} may overrule and whose samples come with the
   * producers' {@code examples} (both from contracts); {@code validateFields} is the server's
   * default for configs that do not set it.
   */
  public Registry(
      SchemaStore store, List<SchemaFormat> formatList, CompatibilityLevel defaultLevel, boolean validateFields,
      int cacheSize, RegistrationGate gate, ProducerExamples examples) {
    Formats formats = new Formats(formatList);
    cache = new SchemaCache(cacheSize);
    ReferenceResolver resolver = new ReferenceResolver(cache);
    CandidateParser parser = new CandidateParser(formats, resolver);
    judge = new CompatibilityJudge(cache, formats, resolver);
    ContextIds ids = new ContextIds(cache);
    Deletions deletions = new Deletions(cache, ids);
    OutputFormats outputs = new OutputFormats(cache, formats, resolver);
    modes = new ModeService(store, deletions);
    lintRuleSets = new LintRuleSetService(store);
    configs = new ConfigService(store, modes, defaultLevel, validateFields, lintRuleSets);
    deprecations = new DeprecationService(store);
    SemanticMatch semantic = new SemanticMatch(cache, formats, resolver);
    registration = new Registration(store, parser, judge, cache, configs, modes, deletions, gate,
        new LintGate(lintRuleSets), deprecations, semantic, ids);
    lint = new LintService(store, parser, judge, configs, lintRuleSets);
    subjects = new SubjectService(store, cache, parser, configs, outputs, semantic, ids);
    deletes = new DeleteService(store, modes, deletions);
    schemas = new SchemaService(store, cache, ids, formats, outputs);
    compatibility = new CompatibilityService(store, parser, judge, configs, gate);
    events = new EventFeed(store, cache);
    overview = new SubjectOverview(store, cache, configs, modes, ids);
    comparison = new VersionComparison(store, cache, formats, resolver, configs, ids);
    recentEvents = new RecentEvents(store);
    referenceTexts = new ReferenceTexts(store, resolver);
    samples = new SampleService(store, cache, formats, resolver, parser, examples);
  }

  public LintRuleSetService lintRuleSets() {
    return lintRuleSets;
  }

  public LintService lint() {
    return lint;
  }

  public DeprecationService deprecations() {
    return deprecations;
  }

  public Registration registration() {
    return registration;
  }

  public SubjectService subjects() {
    return subjects;
  }

  public DeleteService deletes() {
    return deletes;
  }

  public SchemaService schemas() {
    return schemas;
  }

  public CompatibilityService compatibility() {
    return compatibility;
  }

  public ConfigService configs() {
    return configs;
  }

  public ModeService modes() {
    return modes;
  }

  public EventFeed events() {
    return events;
  }

  public SampleService samples() {
    return samples;
  }

  public ReferenceTexts referenceTexts() {
    return referenceTexts;
  }

  public SubjectOverview overview() {
    return overview;
  }

  public VersionComparison comparison() {
    return comparison;
  }

  public RecentEvents recentEvents() {
    return recentEvents;
  }

  public SchemaCache cache() {
    return cache;
  }

  public long compatibilityFailures() {
    return judge.failures();
  }
}
