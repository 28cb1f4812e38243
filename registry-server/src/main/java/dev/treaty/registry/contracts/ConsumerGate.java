package dev.treaty.registry.contracts;

import dev.treaty.client.model.ExampleProblem;
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
import java.util.stream.Collectors;

/**
 * The contract gate of registration: on a subject gated on an environment, a new schema is refused
 * when a consumer deployed there cannot read it (even if the level allows it), and accepted when no
 * deployed consumer is affected (even if the level forbids it; the override becomes an event).
 * Thread-safe.
 */
public final class ConsumerGate implements RegistrationGate {

  private final SchemaParsing parsing;
  private final PairVerifier verifier;

  ConsumerGate(SchemaParsing parsing, PairVerifier verifier) {
    this.parsing = parsing;
    this.verifier = verifier;
  }

  @Override
  public CompatibilityVerdict decide(
      StoreSession session, String subject, ParsedSchema proposed, CompatibilityVerdict levelVerdict, String actor) {
    ContractSession contracts = new ContractSession(session);
    Optional<String> gate = contracts.gate(subject);
    if (gate.isEmpty()) {
      return levelVerdict;
    }
    String environment = gate.get();
    List<Party> consumers = consumers(contracts, environment, subject);
    List<Finding> findings = new ArrayList<>();
    for (Party consumer : consumers) {
      findings.addAll(findings(consumer, proposed, environment));
    }
    CompatibilityReport report = new CompatibilityReport(levelVerdict.report().level(), findings);
    if (!report.isCompatible()) {
      return new CompatibilityVerdict(report, messages(report, environment));
    }
    if (!levelVerdict.isCompatible()) {
      contracts.appendEvent("CONTRACT_GATE_OVERRIDE", subject, actor, Map.of(
          "environment", environment,
          "consumers", consumers.isEmpty() ? "none" : consumers.stream().map(Party::label).collect(Collectors.joining(", ")),
          "overruled", levelVerdict.report().breaking().stream().map(Finding::ruleId).distinct()
              .collect(Collectors.joining(", "))));
      return new CompatibilityVerdict(report, List.of());
    }
    return levelVerdict;
  }

  private List<Finding> findings(Party consumer, ParsedSchema proposed, String environment) {
    String who = "Consumer " + consumer.label() + " deployed in " + environment;
    List<Finding> findings = new ArrayList<>();
    for (Finding finding : verifier.breaking(parsing.parse(consumer.side()), proposed, Direction.FORWARD)) {
      findings.add(new Finding(finding.ruleId(), Severity.BREAKING, finding.path(), finding.location(),
          who + ": " + finding.message(), Direction.FORWARD, null));
    }
    for (ExampleProblem problem : verifier.examples(consumer.side(), proposed)) {
      findings.add(new Finding(problem.ruleId(), Severity.BREAKING, problem.path(), null,
          who + ", example " + problem.example() + ": " + problem.message(), Direction.FORWARD, null));
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

  // In the shape of Confluent's messages, which its clients show as the reason of a 409.
  private static List<String> messages(CompatibilityReport report, String environment) {
    List<String> messages = new ArrayList<>();
    for (Finding finding : report.breaking()) {
      messages.add("{errorType:'" + finding.ruleId() + "', description:'" + finding.message()
          + "', additionalInfo:'" + finding.path() + "'}");
    }
    messages.add("{contractGate: '" + environment + "'}");
    return messages;
  }
}
