package dev.treaty.compatibility.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every difference kind is shown by the cases twice: once reported (as BREAKING when it can
 * break under some policy), and once as a near miss, a case of the same group where it is not.
 */
class JsonRuleCoverageTest {

  private final List<JsonCase> cases = JsonCase.all();
  private final Map<JsonCase, List<String>> expected =
      cases.stream().collect(Collectors.toMap(c -> c, JsonCase::expected));

  @Test
  void everyRuleIsReportedByACase() {
    List<String> missing = new ArrayList<>();
    for (JsonDifference rule : JsonDifference.values()) {
      String wanted = rule.status() == JsonDifference.Status.COMPATIBLE ? " " + rule.name() + " " : " BREAKING " + rule.name() + " ";
      boolean shown = expected.values().stream().flatMap(List::stream).anyMatch(line -> (line + " ").contains(wanted));
      if (!shown) {
        missing.add(rule.name());
      }
    }
    assertThat(missing).as("rules without a case reporting them").isEmpty();
  }

  @Test
  void everyRuleHasANearMissInTheSameGroup() {
    List<String> missing = new ArrayList<>();
    for (JsonDifference rule : JsonDifference.values()) {
      boolean nearMiss = cases.stream()
          .filter(c -> reports(c, rule))
          .anyMatch(c -> cases.stream().anyMatch(other -> other.group().equals(c.group()) && !reports(other, rule)));
      if (!nearMiss) {
        missing.add(rule.name());
      }
    }
    assertThat(missing).as("rules without a near miss").isEmpty();
  }

  @Test
  void everyRuleOfTheFormatIsInTheCatalogue() {
    assertThat(new JsonSchemaFormat().rules().stream().map(r -> r.id()).toList())
        .containsAll(java.util.Arrays.stream(JsonDifference.values()).map(Enum::name).toList())
        .contains(PayloadValidator.PAYLOAD_INVALID, PayloadValidator.PAYLOAD_MALFORMED);
  }

  private boolean reports(JsonCase jsonCase, JsonDifference rule) {
    return expected.get(jsonCase).stream().anyMatch(line -> (line + " ").contains(" " + rule.name() + " "));
  }
}
