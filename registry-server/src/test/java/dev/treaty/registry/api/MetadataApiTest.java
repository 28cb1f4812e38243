package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import org.junit.jupiter.api.Test;

/** Metadata and rule sets: carried from the latest version, layered with config defaults and overrides. */
class MetadataApiTest extends ApiTest {

  @Test
  void registeringWithoutMetadataKeepsThatOfTheLatestVersion() {
    String subject = subject();
    http.post("/subjects/" + subject + "/versions", withMetadata(avro("M", "a"), "{\"properties\":{\"owner\":\"team-a\"}}"));

    Http.Answer again = register(subject, avro("M", "a"));
    assertThat(again.json().path("version").asInt()).isEqualTo(1);

    Http.Answer next = register(subject, avro("M", "a", "b=x"));
    assertThat(next.json().path("version").asInt()).isEqualTo(2);
    assertThat(next.json().path("metadata").toString()).isEqualTo("{\"properties\":{\"owner\":\"team-a\"}}");
  }

  @Test
  void configDefaultsAndOverridesAreLayeredAroundTheSchemasOwnMetadata() {
    String subject = subject();
    http.put("/config/" + subject, "{\"defaultMetadata\":{\"properties\":{\"team\":\"default\",\"owner\":\"default\"}},"
        + "\"overrideMetadata\":{\"properties\":{\"tier\":\"gold\",\"owner\":\"override\"}},"
        + "\"overrideRuleSet\":{\"domainRules\":[{\"name\":\"checked\",\"kind\":\"CONDITION\",\"type\":\"CEL\",\"expr\":\"true\"}]}}");
    Http.Answer registered = http.post("/subjects/" + subject + "/versions",
        withMetadata(avro("L", "a"), "{\"properties\":{\"owner\":\"own\",\"app\":\"billing\"}}"));

    JsonNode properties = registered.json().path("metadata").path("properties");
    assertThat(properties.path("team").asText()).isEqualTo("default");
    assertThat(properties.path("app").asText()).isEqualTo("billing");
    assertThat(properties.path("tier").asText()).isEqualTo("gold");
    assertThat(properties.path("owner").asText()).isEqualTo("override");
    assertThat(registered.json().path("ruleSet").path("domainRules").get(0).path("name").asText()).isEqualTo("checked");
  }

  @Test
  void lookupOfTheBareSchemaFindsTheVersionThatCarriesMetadata() {
    String subject = subject();
    int id = http.post("/subjects/" + subject + "/versions",
        withMetadata(avro("Bare", "a"), "{\"properties\":{\"owner\":\"x\"}}")).json().path("id").asInt();

    Http.Answer found = http.post("/subjects/" + subject, body(avro("Bare", "a")));
    assertThat(found.json().path("id").asInt()).isEqualTo(id);
    assertThat(http.post("/subjects/" + subject, withMetadata(avro("Bare", "a"), "{\"properties\":{\"owner\":\"y\"}}"))
        .errorCode()).isEqualTo(40403);
  }

  @Test
  void compatibilityGroupChecksOnlyVersionsOfTheSameGroup() {
    String subject = subject();
    http.put("/config/" + subject, "{\"compatibilityGroup\":\"major\"}");
    http.post("/subjects/" + subject + "/versions", withMetadata(avro("G", "a"), "{\"properties\":{\"major\":\"1\"}}"));

    Http.Answer sameGroup = http.post("/subjects/" + subject + "/versions",
        withMetadata(avro("G", "a", "b"), "{\"properties\":{\"major\":\"1\"}}"));
    Http.Answer newGroup = http.post("/subjects/" + subject + "/versions",
        withMetadata(avro("G", "a", "b"), "{\"properties\":{\"major\":\"2\"}}"));

    assertThat(sameGroup.status()).isEqualTo(409);
    assertThat(newGroup.status()).as(newGroup.text()).isEqualTo(200);
  }

  private static String withMetadata(String schema, String metadata) {
    return "{\"schema\":" + Http.json(schema) + ",\"metadata\":" + metadata + "}";
  }
}
