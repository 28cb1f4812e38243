package dev.treaty.compatibility.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/governance.md documents every lint rule: id, default severity, options, an example and the remedy. */
class GovernanceDocsTest {

  private static final Path PAGE = Path.of("..", "docs", "governance.md");

  @Test
  void everyRuleHasASectionWithDefaultOptionsExampleAndRemedy() throws IOException {
    String page = Files.readString(PAGE);
    List<String> problems = new ArrayList<>();
    for (LintRuleInfo rule : LintRules.catalog()) {
      String heading = "#### `" + rule.id() + "`";
      int start = page.indexOf(heading);
      if (start < 0) {
        problems.add(rule.id() + ": no section");
        continue;
      }
      int end = page.indexOf("\n#### ", start + heading.length());
      String section = page.substring(start, end < 0 ? page.length() : end);
      for (String part : List.of("**Default**", "**Options**", "**Example**", "**Remedy**")) {
        if (!section.contains(part)) {
          problems.add(rule.id() + ": no " + part);
        }
      }
      String severity = LintRuleSets.builtIn(LintRuleSets.EVENT).orElseThrow().setting(rule.id()).severity().name();
      if (!section.contains("`" + severity + "` in `event`") && !section.contains("`" + severity + "` in `protobuf-standard`")
          && !section.contains("`OFF` in `event`")) {
        problems.add(rule.id() + ": default severity " + severity + " in event not stated");
      }
      rule.defaultOptions().keySet().stream()
          .filter(option -> !section.contains("`" + option + "`"))
          .forEach(option -> problems.add(rule.id() + ": option " + option + " undocumented"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void ruleIdsAreUpperSnakeAndUnique() {
    List<String> seen = new ArrayList<>();
    for (LintRuleInfo rule : LintRules.catalog()) {
      assertThat(rule.id()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
      assertThat(rule.purpose()).isNotBlank();
      assertThat(seen).doesNotContain(rule.id());
      seen.add(rule.id());
    }
  }
}
