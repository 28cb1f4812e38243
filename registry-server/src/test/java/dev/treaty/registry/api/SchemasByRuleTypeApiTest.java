package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Confluent's {@code ruleType} filter on {@code GET /schemas}: versions with a rule of that type. */
class SchemasByRuleTypeApiTest extends ApiTest {

  private static void register(String subject, String schema, String... ruleTypes) {
    List<Map<String, Object>> rules = Arrays.stream(ruleTypes)
        .map(type -> Map.<String, Object>of("name", "r-" + type, "kind", "TRANSFORM", "mode", "WRITEREAD", "type", type))
        .toList();
    Map<String, Object> body = ruleTypes.length == 0 ? Map.of("schema", schema)
        : Map.of("schema", schema, "ruleSet", Map.of("domainRules", rules));
    assertThat(http.post("/subjects/" + subject + "/versions", Http.json(body)).status()).isEqualTo(200);
  }

  private static List<String> subjects(String query) {
    JsonNode listed = http.get("/schemas?" + query).json();
    return StreamSupport.stream(listed.spliterator(), false)
        .map(schema -> schema.path("subject").asText() + "@" + schema.path("version").asInt()).toList();
  }

  @Test
  void onlyVersionsWithARuleOfThatTypeAreListedAndPagedAfterFiltering() {
    String prefix = subject() + "-";
    register(prefix + "a", avro("A", "x"), "ENCRYPT");
    register(prefix + "b", avro("B", "x"));
    register(prefix + "c", avro("C", "x"), "CEL", "ENCRYPT");
    register(prefix + "d", avro("D", "x"), "CEL");

    assertThat(subjects("subjectPrefix=" + prefix + "&ruleType=ENCRYPT")).containsExactly(prefix + "a@1", prefix + "c@1");
    assertThat(subjects("subjectPrefix=" + prefix + "&ruleType=CEL&offset=1&limit=1")).containsExactly(prefix + "d@1");
    assertThat(subjects("subjectPrefix=" + prefix + "&ruleType=JSONATA")).isEmpty();
    assertThat(subjects("subjectPrefix=" + prefix)).hasSize(4);
  }
}
