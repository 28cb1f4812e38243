package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lint rules where schemas enter: refusals, warnings, linting without storing, and rule sets. */
class LintApiTest extends ApiTest {

  static final String AVRO_WITHOUT = "{\"type\":\"record\",\"name\":\"OrderPlaced\",\"namespace\":\"acme.orders\","
      + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
      + "{\"name\":\"time\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},"
      + "{\"name\":\"type\",\"type\":\"string\"},{\"name\":\"source\",\"type\":\"string\"},"
      + "{\"name\":\"orderId\",\"type\":\"string\"}]}";
  static final String AVRO_WITH = AVRO_WITHOUT.replace("{\"name\":\"orderId\"",
      "{\"name\":\"correlationId\",\"type\":\"string\"},{\"name\":\"orderId\"");
  static final String JSON_WITHOUT = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},"
      + "\"time\":{\"type\":\"string\",\"format\":\"date-time\"},\"type\":{\"type\":\"string\"},"
      + "\"source\":{\"type\":\"string\"},\"orderId\":{\"type\":\"string\"}}}";
  static final String JSON_WITH = JSON_WITHOUT.replace("\"orderId\"",
      "\"metadata\":{\"type\":\"object\",\"properties\":{\"correlationId\":{\"type\":\"string\"}}},\"orderId\"");
  static final String PROTO_WITHOUT = "syntax = \"proto3\";\npackage acme.orders.v1;\n"
      + "import \"google/protobuf/timestamp.proto\";\n\nmessage OrderPlaced {\n  string id = 1;\n"
      + "  google.protobuf.Timestamp time = 2;\n  string type = 3;\n  string source = 4;\n  string order_id = 5;\n}\n";
  static final String PROTO_WITH = PROTO_WITHOUT.replace("  string order_id = 5;", "  string order_id = 5;\n  string correlation_id = 6;");

  @Test
  void eventRulesRefuseAnEventWithoutCorrelationIdInEveryFormatAndTakeItWithOne() {
    for (String[] format : List.of(new String[] {"AVRO", AVRO_WITHOUT, AVRO_WITH},
        new String[] {"JSON", JSON_WITHOUT, JSON_WITH}, new String[] {"PROTOBUF", PROTO_WITHOUT, PROTO_WITH})) {
      String subject = subject();
      http.put("/config/" + subject, "{\"lintRules\":\"event\",\"lintEnforcement\":\"ERROR\"}");

      Http.Answer refused = http.post("/subjects/" + subject + "/versions", body(format[0], format[1], List.of()));
      assertThat(refused.status()).as(format[0]).isEqualTo(422);
      assertThat(refused.errorCode()).isEqualTo(42230);
      assertThat(refused.json().path("message").asText()).contains("ENVELOPE_CORRELATION_ID", "correlation id");
      List<String> errors = new ArrayList<>();
      refused.json().path("findings").forEach(f -> {
        if (f.path("severity").asText().equals("ERROR")) {
          errors.add(f.path("ruleId").asText());
        }
      });
      assertThat(errors).as(format[0]).containsExactly("ENVELOPE_CORRELATION_ID");
      JsonNode finding = refused.json().path("findings").get(0);
      assertThat(finding.has("remedy") && finding.has("path") && finding.has("message")).isTrue();

      Http.Answer registered = http.post("/subjects/" + subject + "/versions", body(format[0], format[2], List.of()));
      assertThat(registered.status()).as(format[0] + " " + registered.text()).isEqualTo(200);
      assertThat(registered.json().path("id").asInt()).isPositive();
      registered.json().path("warnings").forEach(w -> assertThat(w.path("severity").asText()).isEqualTo("WARNING"));
    }
  }

  @Test
  void warnEnforcementRegistersReturnsTheFindingsAndRecordsThemOnTheVersion() {
    String subject = subject();
    http.put("/config/" + subject, "{\"lintRules\":\"event\",\"lintEnforcement\":\"WARN\"}");

    Http.Answer registered = http.post("/subjects/" + subject + "/versions", body("AVRO", AVRO_WITHOUT, List.of()));

    assertThat(registered.status()).isEqualTo(200);
    assertThat(registered.json().path("id").asInt()).isPositive();
    assertThat(ruleIds(registered.json().path("warnings"))).contains("ENVELOPE_CORRELATION_ID", "TYPE_DOCUMENTED");
    JsonNode version = http.get("/treaty/v1/subjects/" + subject).json().path("versions").get(0);
    assertThat(ruleIds(version.path("findings"))).contains("ENVELOPE_CORRELATION_ID");
    JsonNode listed = http.get("/treaty/v1/subjects?findings=true&q=" + subject).json().path("subjects");
    assertThat(listed.toString()).contains("\"" + subject + "\"").contains("\"hasFindings\":true");
  }

  @Test
  void aSubjectWithoutLintRulesRegistersAsBefore() {
    Http.Answer registered = register(subject(), AVRO_WITHOUT);

    assertThat(registered.status()).isEqualTo(200);
    assertThat(registered.json().has("warnings")).isFalse();
  }

  @Test
  void lintEndpointLintsWithoutStoringUnderNamedOrInlineRules() {
    Http.Answer named = http.post("/treaty/v1/lint", Http.json(Map.of("schemaType", "PROTOBUF", "schema", PROTO_WITHOUT,
        "rules", "event")));
    assertThat(named.status()).isEqualTo(200);
    assertThat(named.json().path("errors").asInt()).isEqualTo(1);
    JsonNode finding = named.json().path("findings").findValues("ruleId").stream()
        .filter(id -> id.asText().equals("ENVELOPE_CORRELATION_ID")).findFirst().orElseThrow();
    assertThat(finding).isNotNull();
    assertThat(named.text()).contains("\"location\":\"schema.proto:5:9\"");

    Http.Answer inline = http.post("/treaty/v1/lint", Http.json(Map.of("schema", AVRO_WITHOUT,
        "rules", Map.of("extends", "none", "rules", Map.of("MAX_FIELDS", Map.of("severity", "ERROR", "options", Map.of("max", 3)))))));
    assertThat(ruleIds(inline.json().path("findings"))).containsExactly("MAX_FIELDS");

    Http.Answer unknownRule = http.post("/treaty/v1/lint", Http.json(Map.of("schema", AVRO_WITHOUT,
        "rules", Map.of("rules", Map.of("NO_SUCH_RULE", "ERROR")))));
    assertThat(unknownRule.status()).isEqualTo(422);
    assertThat(unknownRule.errorCode()).isEqualTo(42231);
    assertThat(http.post("/treaty/v1/lint", "{\"schema\":\"{not avro\"}").errorCode()).isEqualTo(42201);
  }

  @Test
  void userRuleSetsExtendABuiltInOneAndSubjectsUseThem() {
    String name = "team-" + subject();
    Http.Answer stored = http.put("/treaty/v1/lint-rules/" + name,
        "{\"extends\":\"event\",\"rules\":{\"ENVELOPE_CORRELATION_ID\":\"WARNING\",\"TYPE_DOCUMENTED\":\"OFF\"}}");
    assertThat(stored.status()).isEqualTo(200);
    JsonNode read = http.get("/treaty/v1/lint-rules/" + name).json();
    assertThat(read.path("extends").asText()).isEqualTo("event");
    assertThat(read.path("effective").path("ENVELOPE_EVENT_ID").path("severity").asText()).isEqualTo("ERROR");
    assertThat(read.path("effective").path("ENVELOPE_CORRELATION_ID").path("severity").asText()).isEqualTo("WARNING");
    assertThat(http.get("/treaty/v1/lint-rules").json().path("ruleSets").toString()).contains("event", name);

    String subject = subject();
    assertThat(http.put("/config/" + subject, "{\"lintRules\":\"" + name + "\"}").status()).isEqualTo(200);
    Http.Answer registered = http.post("/subjects/" + subject + "/versions", body("AVRO", AVRO_WITHOUT, List.of()));
    assertThat(registered.status()).isEqualTo(200);
    assertThat(ruleIds(registered.json().path("warnings"))).contains("ENVELOPE_CORRELATION_ID").doesNotContain("TYPE_DOCUMENTED");

    assertThat(http.delete("/treaty/v1/lint-rules/" + name).status()).isEqualTo(204);
    assertThat(http.get("/treaty/v1/lint-rules/" + name).errorCode()).isEqualTo(40430);
  }

  @Test
  void badRuleSetsAndConfigsAreRefused() {
    assertThat(http.put("/treaty/v1/lint-rules/event", "{\"rules\":{}}").errorCode()).isEqualTo(42231);
    assertThat(http.put("/treaty/v1/lint-rules/x1", "{\"extends\":\"missing\"}").errorCode()).isEqualTo(42231);
    assertThat(http.put("/treaty/v1/lint-rules/x2", "{\"rules\":{\"MAX_FIELDS\":{\"severity\":\"ERROR\",\"options\":{\"maximum\":3}}}}")
        .errorCode()).isEqualTo(42231);
    assertThat(http.put("/treaty/v1/lint-rules/x3", "{\"rules\":{\"MAX_FIELDS\":\"LOUD\"}}").errorCode()).isEqualTo(42231);
    assertThat(http.put("/treaty/v1/lint-rules/x5", "{\"rules\":{\"MAX_FIELDS\":{\"severity\":\"ERROR\",\"options\":{\"max\":\"x\"}}}}")
        .errorCode()).isEqualTo(42231);
    assertThat(http.put("/treaty/v1/lint-rules/x6", "{\"rules\":{\"TIMESTAMP_TYPED\":{\"severity\":\"ERROR\",\"options\":{\"namePattern\":\"(\"}}}}")
        .errorCode()).isEqualTo(42231);
    assertThat(http.put("/treaty/v1/lint-rules/x4", "[1]").errorCode()).isEqualTo(42231);
    assertThat(http.delete("/treaty/v1/lint-rules/event").errorCode()).isEqualTo(42231);
    assertThat(http.delete("/treaty/v1/lint-rules/never-stored").errorCode()).isEqualTo(40430);
    String subject = subject();
    assertThat(http.put("/config/" + subject, "{\"lintRules\":\"no-such-set\"}").errorCode()).isEqualTo(42231);
    assertThat(http.put("/config/" + subject, "{\"lintRules\":\"event\",\"lintEnforcement\":\"LOUD\"}").errorCode())
        .isEqualTo(42203);
  }

  private static List<String> ruleIds(JsonNode findings) {
    List<String> ids = new ArrayList<>();
    findings.forEach(finding -> ids.add(finding.path("ruleId").asText()));
    return ids;
  }
}
