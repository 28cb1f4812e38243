package dev.treaty.compatibility.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Avro rule has a group of cases named after it ({@code missing-enum-symbols}) holding at
 * least one case that reports it (as BREAKING, unless the rule is safe by nature) and at least one
 * near miss that does not. Safe rules must never be reported as BREAKING. Compatibility rules live in {@code cases/avro}, payload rules in
 * {@code payloads/avro}.
 */
class AvroRuleCoverageTest {

  record Outcome(String group, List<String> lines) {}

  static List<Rule> rules() {
    return SchemaFormats.AVRO.rules();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void everyRuleHasACaseReportingItAndANearMissNotReportingIt(Rule rule) {
    String group = rule.id().toLowerCase(Locale.ROOT).replace('_', '-');
    List<Outcome> outcomes =
        Stream.concat(
                AvroCase.all().stream().map(c -> new Outcome(c.group(), c.expected())),
                AvroPayloadCase.all().stream().map(c -> new Outcome(c.group(), c.expected())))
            .filter(outcome -> outcome.group().equals(group))
            .toList();
    String severity = AvroRules.SAFE_BY_NATURE.contains(rule) ? "SAFE" : "BREAKING";

    assertThat(outcomes).as("cases in group %s", group).anyMatch(outcome -> reports(outcome, severity, rule));
    assertThat(outcomes).as("near misses in group %s", group).anyMatch(outcome -> !mentions(outcome, rule));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void safeRulesAreNeverBreakingAndTheOthersNeverSafe(Rule rule) {
    String wrong = (AvroRules.SAFE_BY_NATURE.contains(rule) ? "BREAKING " : "SAFE ") + rule.id();
    Stream.concat(AvroCase.all().stream().map(AvroCase::expected), AvroPayloadCase.all().stream().map(AvroPayloadCase::expected))
        .flatMap(List::stream)
        .forEach(line -> assertThat(line).doesNotContain(wrong));
  }

  private static boolean reports(Outcome outcome, String severity, Rule rule) {
    return outcome.lines().stream().anyMatch(line -> line.contains(severity + " " + rule.id()));
  }

  private static boolean mentions(Outcome outcome, Rule rule) {
    return outcome.lines().stream().anyMatch(line -> line.contains(" " + rule.id()));
  }
}
