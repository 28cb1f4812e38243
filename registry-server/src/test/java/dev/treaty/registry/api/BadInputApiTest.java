package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad input gets a 4xx in Confluent's error shape, and nothing is written. */
class BadInputApiTest extends ApiTest {

  @ParameterizedTest
  @ValueSource(strings = {"{", "{\"schema\":}", "not json", "[1,2", "{\"schema\":\"x\"} trailing"})
  void malformedJsonIs400(String body) {
    String subject = subject();
    Http.Answer answer = http.post("/subjects/" + subject + "/versions", body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo(400);
    assertThat(answer.json().path("message").asText()).isNotBlank();
    assertNothingWritten(subject);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"schema\":{\"type\":\"record\"}}", "{\"schema\":\"x\",\"references\":\"none\"}", "{\"schema\":\"x\",\"version\":\"one\"}", "[]"})
  void wrongFieldTypesAre400(String body) {
    String subject = subject();
    Http.Answer answer = http.post("/subjects/" + subject + "/versions", body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo(400);
    assertNothingWritten(subject);
  }

  @Test
  void missingBodyIs422() {
    Http.Answer answer = http.post("/subjects/" + subject() + "/versions", "");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errorCode()).isEqualTo(422);
    assertThat(http.put("/config", "null").errorCode()).isEqualTo(422);
  }

  @Test
  void bodyOverTheLimitIs413() {
    String subject = subject();
    String huge = "{\"schema\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}";
    Http.Answer answer = http.post("/subjects/" + subject + "/versions", huge);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.errorCode()).isEqualTo(413);
    assertNothingWritten(subject);
  }

  @Test
  void controlCharactersInSubjectsAre42208() {
    String subject = subject() + "\u0007bell";
    Http.Answer answer = register(subject, avro("Ctl", "a"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errorCode()).isEqualTo(42208);
    assertThat(http.put("/config/" + Http.encode("a\nb"), "{\"compatibility\":\"NONE\"}").errorCode()).isEqualTo(42208);
    assertThat(register("__GLOBAL", avro("Ctl", "a")).errorCode()).isEqualTo(42208);
    assertThat(http.get("/subjects?deleted=true").text()).doesNotContain("bell");
  }

  @Test
  void controlCharactersInSubjectsOfReadsAre42208RatherThanAStoreError() {
    assertThat(http.get("/subjects/a%01b/versions").errorCode()).isEqualTo(42208);
    assertThat(http.post("/subjects/a%7Fb", body(avro("Del", "a"))).errorCode()).isEqualTo(42208);
    assertThat(http.delete("/subjects/a%1Fb").errorCode()).isEqualTo(42208);
    // Jetty itself refuses an encoded NUL, still in the JSON error shape
    Http.Answer nul = http.get("/subjects/a%00b/versions");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.errorCode()).isEqualTo(400);
  }

  @Test
  void overlongSubjectIs42208() {
    assertThat(register("s".repeat(5000), avro("Long", "a")).errorCode()).isEqualTo(42208);
  }

  @Test
  void nulCharacterInASchemaIs42201() {
    String subject = subject();
    String schema = "{\"type\":\"record\",\"name\":\"N\",\"doc\":\"a\u0000b\",\"fields\":[]}";
    Http.Answer answer = http.post("/subjects/" + subject + "/versions", Http.json(java.util.Map.of("schema", schema)));

    assertThat(answer.errorCode()).as(answer.text()).isEqualTo(42201);
    assertNothingWritten(subject);
  }

  @Test
  void referenceWithControlCharactersIs42201() {
    Http.Answer answer = http.post("/subjects/" + subject() + "/versions", body("AVRO", avro("R", "a"),
        java.util.List.of(java.util.Map.of("name", "x", "subject", "bad\u0000subject", "version", 1))));
    assertThat(answer.errorCode()).isEqualTo(42201);
  }

  /** The schemas protoc refuses that the registry used to store (issue 12), one per line as {@code reason|text}. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Key in map fields|syntax = \"proto3\";\nmessage K {}\nmessage M {\n  map<K, string> m = 1;\n}\n",
      "Key in map fields|syntax = \"proto3\";\nmessage M {\n  map<float, string> m = 1;\n}\n",
      "at least one value|syntax = \"proto3\";\nenum E {\n}\n",
      "first enum value must be zero|syntax = \"proto3\";\nenum E {\n  A = 1;\n}\n",
      "19000 through 19999|syntax = \"proto3\";\nmessage M {\n  int32 x = 19001;\n}\n",
      "greater than 536870911|syntax = \"proto3\";\nmessage M {\n  int32 x = 536870912;\n}\n",
      "not allowed in proto3|syntax = \"proto3\";\nmessage M {\n  int32 x = 1 [default = 5];\n}\n",
      "already defined|syntax = \"proto3\";\nmessage M {\n  int32 x = 1;\n  string x = 2;\n}\n",
      "Expected integer|syntax = \"proto2\";\nmessage M {\n  optional int32 x = 1 [default = \"abc\"];\n}\n",
      "allow_alias|syntax = \"proto3\";\nenum E {\n  A = 0;\n  B = 0;\n}\n",
      "Extension ranges are not allowed in proto3|syntax = \"proto3\";\nmessage M {\n  extensions 100 to 200;\n}\n"})
  void protobufSchemasProtocRefusesAre42201WithTheReasonAndPosition(String reasonAndText) {
    String[] parts = reasonAndText.split("\\|", 2);
    String subject = subject();
    Http.Answer answer = http.post("/subjects/" + subject + "/versions", body("PROTOBUF", parts[1], java.util.List.of()));

    assertThat(answer.status()).as(answer.text()).isEqualTo(422);
    assertThat(answer.errorCode()).isEqualTo(42201);
    assertThat(answer.json().path("message").asText()).contains(parts[0]).containsPattern("schema\\.proto:\\d+:\\d+");
    assertNothingWritten(subject);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "meta-schema|{\"type\":\"array\",\"minItems\":-1}",
      "meta-schema|{\"type\":\"object\",\"required\":[\"a\",\"a\"]}",
      "(abc|{\"type\":\"string\",\"pattern\":\"(abc\"}",
      "#/definitions/missing|{\"properties\":{\"a\":{\"$ref\":\"#/definitions/missing\"}}}"})
  void jsonSchemasTheirDraftRefusesAre42201WithTheReason(String reasonAndText) {
    String[] parts = reasonAndText.split("\\|", 2);
    String subject = subject();
    Http.Answer answer = http.post("/subjects/" + subject + "/versions", body("JSON", parts[1], java.util.List.of()));

    assertThat(answer.status()).as(answer.text()).isEqualTo(422);
    assertThat(answer.errorCode()).isEqualTo(42201);
    assertThat(answer.json().path("message").asText()).contains(parts[0]);
    assertNothingWritten(subject);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"domainRules\":[{\"type\":\"CEL\"}]}",
      "{\"domainRules\":[{\"name\":\"r\"}]}",
      "{\"domainRules\":[{\"name\":\"r\",\"type\":\"CEL\",\"kind\":\"MAYBE\"}]}",
      "{\"domainRules\":[{\"name\":\"r\",\"type\":\"CEL\"}],\"migrationRules\":[{\"name\":\"r\",\"type\":\"JSONATA\"}]}",
      "{\"domainRules\":{\"name\":\"r\"}}"})
  void invalidRuleSetsAre42210(String ruleSet) {
    String subject = subject();
    Http.Answer answer = http.post("/subjects/" + subject + "/versions",
        "{\"schema\":" + Http.json(avro("Ruled", "a")) + ",\"ruleSet\":" + ruleSet + "}");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errorCode()).isEqualTo(42210);
    assertNothingWritten(subject);
    assertThat(http.put("/config/" + subject, "{\"overrideRuleSet\":" + ruleSet + "}").errorCode()).isEqualTo(42210);
  }

  @Test
  void unsupportedContentTypeIs415() {
    Http.Answer answer = http.send(http.request("/subjects/" + subject() + "/versions")
        .setHeader("Content-Type", "text/xml")
        .POST(HttpRequest.BodyPublishers.ofString(body(avro("X", "a"))))
        .build());

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.errorCode()).isEqualTo(415);
  }

  @Test
  void unknownPathIs404AndWrongMethod405InTheErrorShape() {
    Http.Answer missing = http.get("/no/such/thing");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().toString()).isEqualTo("{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}");

    Http.Answer method = http.put("/subjects", "{}");
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.errorCode()).isEqualTo(405);
  }

  @Test
  void deeplyNestedJsonFailsFastWith400() {
    String subject = subject();
    String nested = "{\"schema\":\"x\",\"metadata\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    Http.Answer answer = http.post("/subjects/" + subject + "/versions", nested);

    assertThat(answer.status()).isEqualTo(400);
    assertNothingWritten(subject);
  }

  @Test
  void unknownRequestFieldsAreIgnored() {
    String subject = subject();
    Http.Answer answer = http.post("/subjects/" + subject + "/versions",
        "{\"schema\":" + Http.json(avro("Extra", "a")) + ",\"somethingNew\":[1,2]}");
    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void requestsAfterAnErrorWithAnUnreadBodyFindAWorkingConnection() {
    String large = body(avro("Large", "a")) + " ".repeat(256 * 1024);
    for (int round = 0; round < 20; round++) {
      Http.Answer refused = http.send(http.request("/subjects/" + subject() + "/versions")
          .setHeader("Content-Type", "text/xml")
          .POST(HttpRequest.BodyPublishers.ofString(large))
          .build());
      assertThat(refused.status()).isEqualTo(415);

      assertThat(http.post("/subjects/" + subject() + "/versions", body(avro("After", "a"))).status()).isEqualTo(200);
    }
  }

  private static void assertNothingWritten(String subject) {
    assertThat(http.get("/subjects?deleted=true").json().toString()).doesNotContain("\"" + subject + "\"");
  }
}
