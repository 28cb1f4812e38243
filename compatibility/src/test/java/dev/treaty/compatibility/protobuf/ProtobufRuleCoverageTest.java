package dev.treaty.compatibility.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every compatibility rule has a case where it fires (as BREAKING, unless the rule is safe by
 * nature) and a near miss: a case of the same topic and rule set where it stays silent.
 */
class ProtobufRuleCoverageTest {

  private record Run(ProtobufCase protobufCase, String group, ProtobufRuleSet set, List<Finding> findings) {}

  @Test
  void everyRuleFiresSomewhereAndStaysSilentInANearMiss() throws IOException {
    List<Run> runs = ProtobufCase.all()
        .map(c -> new Run(c, c.group(), c.ruleSet(), c.findings()))
        .toList();
    List<String> problems = new ArrayList<>();
    for (ProtobufRuleSet set : ProtobufRuleSet.values()) {
      for (Rule rule : ProtobufFormat.rulesOf(set)) {
        List<Run> sameSet = runs.stream().filter(run -> run.set() == set).toList();
        boolean safeByNature = sameSet.stream().flatMap(run -> run.findings().stream())
            .filter(finding -> finding.ruleId().equals(rule.id()))
            .allMatch(finding -> finding.severity() == Severity.SAFE);
        List<Run> firing = sameSet.stream().filter(run -> run.findings().stream()
            .anyMatch(finding -> finding.ruleId().equals(rule.id()) && (safeByNature || finding.isBreaking()))).toList();
        Map<String, Long> groups = firing.stream().collect(Collectors.groupingBy(Run::group, Collectors.counting()));
        boolean nearMiss = sameSet.stream().anyMatch(run -> groups.containsKey(run.group())
            && run.findings().stream().noneMatch(finding -> finding.ruleId().equals(rule.id())));
        if (firing.isEmpty()) {
          problems.add(set + " " + rule.id() + ": no case reports it");
        } else if (!nearMiss) {
          problems.add(set + " " + rule.id() + ": no near miss in " + groups.keySet());
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
