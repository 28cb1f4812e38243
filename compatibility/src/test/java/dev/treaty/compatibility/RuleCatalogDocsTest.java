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

  @Test
  void ruleIdsAreUpperSnakeAndUniqueWithinAFormat() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : RuleCatalog.all()) {
      assertThat(rule.id()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
      assertThat(rule.purpose()).isNotBlank();
      assertThat(seen.add(rule.format() + ":" + rule.id())).as("duplicate " + rule.id()).isTrue();
    }
  }
}
