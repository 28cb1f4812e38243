package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Confluent's {@code rulesToMerge} and {@code rulesToRemove} on {@code POST .../versions/{v}/tags}:
 * merged rules replace those of the same name or join the list, removed ones leave it, and the new
 * version carries the edited rule set.
 */
class RuleSetEditsApiTest extends ApiTest {

  private static Map<String, Object> rule(String name, String expr) {
    return Map.of("name", name, "kind", "CONDITION", "mode", "WRITE", "type", "CEL", "expr", expr);
  }

  private static String registered() {
    String subject = subject();
    http.post("/subjects/" + subject + "/versions", Http.json(Map.of("schema", avro("Order", "id"),
        "ruleSet", Map.of("domainRules", List.of(rule("idSet", "message.id != ''"), rule("old", "true"))))));
    return subject;
  }

  @Test
  void mergedRulesReplaceThoseOfTheSameNameAndRemovedOnesLeave() {
    String subject = registered();

    Http.Answer answer = http.post("/subjects/" + subject + "/versions/1/tags", Http.json(Map.of(
        "rulesToMerge", Map.of("domainRules", List.of(rule("idSet", "size(message.id) > 2"), rule("fresh", "true")),
            "migrationRules", List.of(Map.of("name", "up", "kind", "TRANSFORM", "mode", "UPGRADE", "type", "JSONATA",
                "expr", "$"))),
        "rulesToRemove", List.of("old"))));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("version").asInt()).isEqualTo(2);
    JsonNode ruleSet = http.get("/subjects/" + subject + "/versions/2").json().path("ruleSet");
    assertThat(ruleSet.path("domainRules")).extracting(rule -> rule.path("name").asText()).containsExactly("idSet", "fresh");
    assertThat(ruleSet.path("domainRules").get(0).path("expr").asText()).isEqualTo("size(message.id) > 2");
    assertThat(ruleSet.path("migrationRules").get(0).path("name").asText()).isEqualTo("up");
  }

  @Test
  void removingEveryRuleLeavesNoList() {
    String subject = registered();

    http.post("/subjects/" + subject + "/versions/1/tags", Http.json(Map.of("rulesToRemove", List.of("idSet", "old"))));

    assertThat(http.get("/subjects/" + subject + "/versions/2").json().path("ruleSet").has("domainRules")).isFalse();
  }

  @Test
  void aMergedRuleThatIsNotValidIs42210AndStoresNothing() {
    String subject = registered();

    Http.Answer answer = http.post("/subjects/" + subject + "/versions/1/tags", Http.json(Map.of(
        "rulesToMerge", Map.of("domainRules", List.of(Map.of("name", "untyped", "kind", "CONDITION"))))));

    assertThat(answer.errorCode()).isEqualTo(42210);
    assertThat(http.get("/subjects/" + subject + "/versions").json().toString()).isEqualTo("[1]");
  }
}
