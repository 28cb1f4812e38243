package dev.treaty.registry.contracts;

import dev.treaty.client.model.ContractPair;
import dev.treaty.client.model.ExampleProblem;
import dev.treaty.client.model.Incompatibility;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.RuleCatalog;
import dev.treaty.compatibility.ParsedSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judges one producer–consumer pair: the consumer's reader schema must read what the producer's
 * writer schema writes, under the subject's own settings ({@code protobufRules},
 * {@code compatibilityPolicy}) as registration judges it, and each of the consumer's examples must
 * be readable under the producer's schema as a reader really reads it (a field the schema does not
 * declare is skipped by Avro and Protobuf readers, so it is no problem; a JSON key the consumer's
 * schema does not declare breaks only where the consumer's schema closes the object). Thread-safe.
 */
final class PairVerifier {

  private final CompatibilityChecker checker = new CompatibilityChecker();
  private final SchemaParsing parsing;

  PairVerifier(SchemaParsing parsing) {
    this.parsing = parsing;
  }

  /**
   * @param options the subject's compatibility options
   * @param registered which registered version each side's schema is
   */
  ContractPair verify(Party producer, Party consumer, CheckOptions options, RegisteredVersions registered) {
    ParsedSchema writer = parsing.parse(producer.side());
    // Worded from producer to consumer, as the pair's "producer -> consumer" heading reads.
    List<Finding> findings = breaking(parsing.parse(consumer.side()), writer, null, options);
    List<ExampleProblem> problems = examples(consumer.side(), writer);
    return new ContractPair(
        producer.side().subject(),
        producer.application(), producer.version(),
        consumer.application(), consumer.version(),
        registered.of(producer.side()), registered.of(consumer.side()),
        findings.isEmpty() && problems.isEmpty(),
        findings.stream().map(PairVerifier::wire).toList(),
        problems);
  }

  /** Breaking findings of {@code reader} reading what {@code writer} wrote, sorted. */
  List<Finding> breaking(ParsedSchema reader, ParsedSchema writer, Direction direction, CheckOptions options) {
    return checker.checkPair(reader, writer, direction, null, options.breakingOnly()).stream()
        .filter(Finding::isBreaking).toList();
  }

  /** The consumer's examples that {@code writer} does not accept (safe findings aside), in example order. */
  List<ExampleProblem> examples(ContractSide consumer, ParsedSchema writer) {
    List<ExampleProblem> problems = new ArrayList<>();
    if (!writer.format().name().equals(consumer.entry().schemaType())) {
      return problems; // already SCHEMA_TYPE_CHANGED; a payload of one format says nothing of another
    }
    ParsedSchema reader = consumer.entry().examples().isEmpty() ? null : parsing.parse(consumer);
    for (int i = 0; i < consumer.entry().examples().size(); i++) {
      String payload = consumer.entry().examples().get(i).toString();
      for (Finding finding : writer.format().validateAsRead(writer, reader, payload).stream()
          .filter(Finding::isBreaking).sorted(Finding.ORDER).toList()) {
        Rule rule = RuleCatalog.find(writer.format(), finding.ruleId());
        problems.add(new ExampleProblem(i, finding.ruleId(), finding.path(), finding.message(),
            rule == null ? null : rule.remedy()));
      }
    }
    return problems;
  }

  static Incompatibility wire(Finding finding) {
    return new Incompatibility(finding.ruleId(), finding.path(), finding.location(), finding.message(),
        finding.direction() == null ? null : finding.direction().name(), finding.checkedVersion(), Map.of(),
        finding.remedy());
  }
}
