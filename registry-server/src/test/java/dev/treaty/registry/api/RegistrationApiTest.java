package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationApiTest extends ApiTest {

  @Test
  void registeringAnswersWithIdVersionAndTheStoredSchema() {
    String subject = subject();
    Http.Answer answer = register(subject, avro("User", "name"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/vnd.schemaregistry.v1+json");
    JsonNode json = answer.json();
    assertThat(json.path("id").asInt()).isPositive();
    assertThat(json.path("version").asInt()).isEqualTo(1);
    assertThat(json.path("schemaType").asText()).isEqualTo("AVRO");
    assertThat(json.path("schema").asText()).isEqualTo(avro("User", "name"));
  }

  @Test
  void clientsThatDoNotAcceptUnknownPropertiesGetOnlyTheId() {
    Http.Answer answer = http.send(http.request("/subjects/" + subject() + "/versions")
        .setHeader("Confluent-Accept-Unknown-Properties", "false")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body(avro("Lean", "a"))))
        .build());

    assertThat(answer.json().fieldNames()).toIterable().containsExactly("id");
  }

  @Test
  void sameSchemaGetsSameIdInEverySubjectAndFormattingDoesNotMatter() {
    String schema = avro("Shared", "a", "b");
    int first = registerId(subject(), schema);
    int second = registerId(subject(), schema.replace(",", " ,\n  "));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void reRegisteringIsIdempotent() {
    String subject = subject();
    int id = registerId(subject, avro("Again", "a"));
    Http.Answer again = register(subject, avro("Again", "a"));

    assertThat(again.json().path("id").asInt()).isEqualTo(id);
    assertThat(again.json().path("version").asInt()).isEqualTo(1);
    assertThat(http.get("/subjects/" + subject + "/versions").json().toString()).isEqualTo("[1]");
  }

  @Test
  void compatibleChangeGetsNextVersionAndNewId() {
    String subject = subject();
    int first = registerId(subject, avro("Evolving", "a"));
    Http.Answer second = register(subject, avro("Evolving", "a", "b=x"));

    assertThat(second.json().path("version").asInt()).isEqualTo(2);
    assertThat(second.json().path("id").asInt()).isGreaterThan(first);
  }

  @Test
  void incompatibleChangeIsRefusedWith409MessagesAndStructuredFindings() {
    String subject = subject();
    registerId(subject, avro("Strict", "a"));
    Http.Answer answer = register(subject, avro("Strict", "a", "b"));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.errorCode()).isEqualTo(409);
    assertThat(answer.json().path("message").asText())
        .startsWith("Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\"")
        .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
        .contains("{oldSchemaVersion: 1}")
        .contains("compatibility: 'BACKWARD'");
    JsonNode finding = answer.json().path("incompatibilities").get(0);
    assertThat(finding.path("ruleId").asText()).isEqualTo("READER_FIELD_MISSING_DEFAULT_VALUE");
    assertThat(finding.path("path").asText()).isEqualTo("/fields/1");
    assertThat(finding.path("direction").asText()).isEqualTo("BACKWARD");
    assertThat(finding.path("version").asInt()).isEqualTo(1);
    assertThat(http.get("/subjects/" + subject + "/versions").json().toString()).isEqualTo("[1]");
  }

  @Test
  void invalidSchemaIs42201AndNamesTheProblem() {
    String subject = subject();
    Http.Answer answer = register(subject, "{\"type\":");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errorCode()).isEqualTo(42201);
    assertThat(answer.json().path("message").asText()).startsWith("Invalid schema of type AVRO");
    assertThat(http.get("/subjects/" + subject + "/versions").errorCode()).isEqualTo(40401);
  }

  @Test
  void unknownSchemaTypeIs42201() {
    Http.Answer answer = http.post("/subjects/" + subject() + "/versions",
        Http.json(Map.of("schemaType", "XML", "schema", "<a/>")));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errorCode()).isEqualTo(42201);
  }

  @Test
  void emptySchemaWithoutAnEarlierVersionIs42201() {
    Http.Answer answer = http.post("/subjects/" + subject() + "/versions", "{\"schema\":\"\"}");

    assertThat(answer.errorCode()).isEqualTo(42201);
    assertThat(answer.json().path("message").asText()).isEqualTo("Empty schema");
  }

  @Test
  void emptySchemaStandsForTheLatestVersion() {
    String subject = subject();
    int id = registerId(subject, avro("Copied", "a"));

    assertThat(http.post("/subjects/" + subject + "/versions", "{}").json().path("id").asInt()).isEqualTo(id);
  }

  @Test
  void explicitVersionMustBeTheNextOne() {
    String subject = subject();
    Http.Answer answer = http.post("/subjects/" + subject + "/versions",
        Http.json(Map.of("schema", avro("Versioned", "a"), "version", 3)));

    assertThat(answer.errorCode()).isEqualTo(42201);
    assertThat(http.post("/subjects/" + subject + "/versions",
        Http.json(Map.of("schema", avro("Versioned", "a"), "version", 1))).json().path("version").asInt()).isEqualTo(1);
  }

  @Test
  void metadataAndRuleSetAreStoredAndReturnedAsGiven() {
    String subject = subject();
    String request = "{\"schema\":" + Http.json(avro("Tagged", "a"))
        + ",\"metadata\":{\"properties\":{\"owner\":\"team-a\"}}"
        + ",\"ruleSet\":{\"domainRules\":[{\"name\":\"r\",\"kind\":\"CONDITION\",\"type\":\"CEL\",\"expr\":\"true\"}]}}";
    http.post("/subjects/" + subject + "/versions", request);

    JsonNode version = http.get("/subjects/" + subject + "/versions/1").json();
    assertThat(version.path("metadata").toString()).isEqualTo("{\"properties\":{\"owner\":\"team-a\"}}");
    assertThat(version.path("ruleSet").path("domainRules").get(0).path("expr").asText()).isEqualTo("true");
  }

  @Test
  void lookupFindsTheVersionOfASchema() {
    String subject = subject();
    int id = registerId(subject, avro("Found", "a"));
    Http.Answer answer = http.post("/subjects/" + subject, body(avro("Found", "a")));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("subject").asText()).isEqualTo(subject);
    assertThat(answer.json().path("version").asInt()).isEqualTo(1);
    assertThat(answer.json().path("id").asInt()).isEqualTo(id);
  }

  @Test
  void lookupOfUnknownSubjectIs40401AndOfUnknownSchema40403() {
    String subject = subject();
    assertThat(http.post("/subjects/" + subject, body(avro("X", "a"))).errorCode()).isEqualTo(40401);

    registerId(subject, avro("X", "a"));
    Http.Answer missing = http.post("/subjects/" + subject, body(avro("X", "b")));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.errorCode()).isEqualTo(40403);
  }
}
