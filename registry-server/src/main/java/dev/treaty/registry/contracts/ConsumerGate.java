package dev.treaty.registry.contracts;

import dev.treaty.client.model.ExampleProblem;
import dev.treaty.client.model.Judge;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityReport;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.Severity;
import dev.treaty.registry.service.CompatibilityVerdict;
import dev.treaty.registry.service.RegistrationGate;
import dev.treaty.registry.store.StoreSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract gate of registration: on a subject gated on an environment, a new schema is refused
 * when a consumer deployed there cannot read it (even if the level allows it), and accepted when no
 * deployed consumer is affected (even if the level forbids it; a registration so allowed becomes an
 * event). Compatibility checks ask the same question and record nothing. Thread-safe.
 */
public final class ConsumerGate implements RegistrationGate {

  private final SchemaParsing parsing;
  private final PairVerifier verifier;

  ConsumerGate(SchemaParsing parsing, PairVerifier verifier) {
    this.parsing = parsing;
    this.verifier = verifier;
  }

  @Override
  public CompatibilityVerdict judge(
      StoreSession session, String subject, ParsedSchema proposed, CompatibilityVerdict levelVerdict) {
    ContractSession contracts = new ContractSession(session);
    Optional<String> gate = contracts.gate(subject);
    if (gate.isEmpty()) {
      return levelVerdict;
    }
    String environment = gate.get();
    List<Party> consumers = consumers(contracts, environment, subject);
    List<Finding> findings = new ArrayList<>();
    for (Party consumer : consumers) {
      findings.addAll(findings(consumer, proposed, environment, levelVerdict.options()));
    }
    CompatibilityReport report = new CompatibilityReport(levelVerdict.report().level(), findings);
    String level = levelVerdict.judge().level();
    List<String> labels = consumers.stream().map(Party::label).toList();
    if (!report.isCompatible()) {
      return levelVerdict.decidedBy(new Judge(Judge.CONTRACT_GATE, level, environment, labels, List.of()), report);
    }
    if (!levelVerdict.isCompatible()) {
      List<String> overruled = levelVerdict.report().breaking().stream().map(Finding::ruleId).distinct().toList();
      return levelVerdict.decidedBy(
          new Judge(Judge.CONTRACT_GATE_OVERRIDE, level, environment, labels, overruled), report);
    }
    return levelVerdict;
  }

  @Override
  public void record(
      StoreSession session, String subject, int version, int schemaId, CompatibilityVerdict verdict, String actor) {
    Judge judge = verdict.judge();
    if (!Judge.CONTRACT_GATE_OVERRIDE.equals(judge.kind())) {
      return;
    }
    new ContractSession(session).recordGateOverride(subject, version, schemaId, actor, Map.of(
        "environment", judge.environment(),
        "consumers", judge.consumers().isEmpty() ? "none" : String.join(", ", judge.consumers()),
        "overruled", String.join(", ", judge.overruled())));
  }

  /** What keeps one deployed consumer from reading the proposed schema, judged with its subject's settings. */
  private List<Finding> findings(Party consumer, ParsedSchema proposed, String environment, CheckOptions options) {
    String who = "Consumer " + consumer.label() + " deployed in " + environment;
    List<Finding> findings = new ArrayList<>();
    for (Finding finding : verifier.breaking(parsing.parse(consumer.side()), proposed, Direction.FORWARD, options)) {
      findings.add(new Finding(finding.ruleId(), Severity.BREAKING, finding.path(), finding.location(),
          who + ": " + finding.message(), Direction.FORWARD, null, finding.remedy()));
    }
    for (ExampleProblem problem : verifier.examples(consumer.side(), proposed)) {
      findings.add(new Finding(problem.ruleId(), Severity.BREAKING, problem.path(), null,
          who + ", example " + problem.example() + ": " + problem.message(), Direction.FORWARD, null,
          problem.remedy()));
    }
    return findings;
  }

  private static List<Party> consumers(ContractSession contracts, String environment, String subject) {
    List<Party> consumers = new ArrayList<>();
    for (DeploymentRow row : contracts.deployments(environment)) {
      StoredContract contract = contracts.contract(row.application(), row.version()).orElseThrow();
      contract.body().consumes().stream()
          .filter(side -> side.subject().equals(subject))
          .forEach(side -> consumers.add(new Party(row.application(), row.version(), side)));
    }
    return consumers;
  }
}
