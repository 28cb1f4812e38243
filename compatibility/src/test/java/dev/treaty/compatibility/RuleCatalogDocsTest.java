package dev.treaty.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCatalogDocsTest {

  private static final Path RULES_PAGE = Path.of("..", "docs", "compatibility.md");

  @Test
  void everyRuleIdIsDocumentedOnTheCompatibilityPage() throws IOException {
    String page = Files.readString(RULES_PAGE);
    List<String> missing =
        RuleCatalog.all().stream()
            .map(Rule::id)
            .filter(id -> !page.contains("`" + id + "`"))
            .toList();
    assertThat(missing).as("rule ids missing from docs/compatibility.md").isEmpty();
  }

  /** The remedy of every rule stands on the rule's own table row, so the page and the findings agree. */
  @Test
  void everyRuleIsListedWithItsRemedy() throws IOException {
    List<String> rows = Files.readString(RULES_PAGE).lines().filter(line -> line.startsWith("| `")).toList();
    List<String> withoutRemedy =
        RuleCatalog.all().stream()
            .filter(rule -> rows.stream().noneMatch(row -> row.startsWith("| `" + rule.id() + "` |")
                && row.contains(rule.remedy().replace("|", "\\|"))))
            .map(rule -> rule.format() + " " + rule.id())
            .toList();
    assertThat(withoutRemedy).as("rules whose row in docs/compatibility.md lacks the rule's remedy").isEmpty();
  }

  @Test
  void ruleIdsAreUpperSnakeAndUniqueWithinAFormat() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : RuleCatalog.all()) {
      assertThat(rule.id()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
      assertThat(rule.purpose()).isNotBlank();
      assertThat(rule.remedy()).as("remedy of " + rule.id()).isNotBlank();
      assertThat(seen.add(rule.format() + ":" + rule.id())).as("duplicate " + rule.id()).isTrue();
    }
  }
}
