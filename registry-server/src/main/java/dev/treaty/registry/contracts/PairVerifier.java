package dev.treaty.registry.contracts;

import dev.treaty.client.model.ContractPair;
import dev.treaty.client.model.ExampleProblem;
import dev.treaty.client.model.Incompatibility;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.JsonCompatibilityPolicy;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ProtobufRuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges one producer–consumer pair: the consumer's reader schema must read what the producer's
 * writer schema writes (Avro resolution, Protobuf wire rules, JSON Schema document validity), and
 * each of the consumer's examples must be valid under the producer's schema. Thread-safe.
 */
final class PairVerifier {

  /** Contracts are about bytes on the wire, so Protobuf is judged by the wire rules. */
  static final CheckOptions OPTIONS =
      new CheckOptions(JsonCompatibilityPolicy.STRICT, ProtobufRuleSet.WIRE, false);

  private final CompatibilityChecker checker = new CompatibilityChecker();
  private final SchemaParsing parsing;

  PairVerifier(SchemaParsing parsing) {
    this.parsing = parsing;
  }

  ContractPair verify(Party producer, Party consumer) {
    ParsedSchema writer = parsing.parse(producer.side());
    List<Finding> findings = breaking(parsing.parse(consumer.side()), writer, null);
    List<ExampleProblem> problems = examples(consumer.side(), writer);
    return new ContractPair(
        producer.side().subject(),
        producer.application(), producer.version(),
        consumer.application(), consumer.version(),
        findings.isEmpty() && problems.isEmpty(),
        findings.stream().map(PairVerifier::wire).toList(),
        problems);
  }

  /** Breaking findings of {@code reader} reading what {@code writer} wrote, sorted. */
  List<Finding> breaking(ParsedSchema reader, ParsedSchema writer, Direction direction) {
    return checker.checkPair(reader, writer, direction, null, OPTIONS).stream().filter(Finding::isBreaking).toList();
  }

  /** The consumer's examples that {@code writer} does not accept, in example order. */
  List<ExampleProblem> examples(ContractSide consumer, ParsedSchema writer) {
    List<ExampleProblem> problems = new ArrayList<>();
    if (!writer.format().name().equals(consumer.entry().schemaType())) {
      return problems; // already SCHEMA_TYPE_CHANGED; a payload of one format says nothing of another
    }
    for (int i = 0; i < consumer.entry().examples().size(); i++) {
      String payload = consumer.entry().examples().get(i).toString();
      for (Finding finding : writer.format().validate(writer, payload).stream().sorted(Finding.ORDER).toList()) {
        problems.add(new ExampleProblem(i, finding.ruleId(), finding.path(), finding.message()));
      }
    }
    return problems;
  }

  static Incompatibility wire(Finding finding) {
    return new Incompatibility(finding.ruleId(), finding.path(), finding.location(), finding.message(),
        finding.direction() == null ? null : finding.direction().name(), finding.checkedVersion());
  }
}
