package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Confluent 8's schema GUIDs: one per schema, given at registration, in the answers Confluent puts
 * it in (for clients that accept unknown properties), and found again by {@code /schemas/guids}.
 */
class GuidApiTest extends ApiTest {

  @Test
  void registrationGivesAGuidThatTheIdAndVersionAnswersRepeat() {
    String subject = subject();
    Http.Answer registered = register(subject, avro("Guided", "a"));
    String guid = registered.json().path("guid").asText();
    int id = registered.json().path("id").asInt();

    assertThat(UUID.fromString(guid).toString()).isEqualTo(guid);
    assertThat(http.get("/schemas/ids/" + id).json().path("guid").asText()).isEqualTo(guid);
    assertThat(http.get("/schemas/ids/" + id + "?subject=" + subject).json().path("guid").asText()).isEqualTo(guid);
    assertThat(http.get("/subjects/" + subject + "/versions/1").json().path("guid").asText()).isEqualTo(guid);
    assertThat(http.get("/subjects/" + subject + "/versions/latest").json().path("guid").asText()).isEqualTo(guid);
    assertThat(http.post("/subjects/" + subject, body(avro("Guided", "a"))).json().path("guid").asText()).isEqualTo(guid);
  }

  @Test
  void theSameSchemaHasOneGuidAcrossSubjectsAndAnotherSchemaAnother() {
    String first = register(subject(), avro("Shared", "a")).json().path("guid").asText();
    String again = register(subject(), avro("Shared", "a")).json().path("guid").asText();
    String other = register(subject(), avro("Shared", "a", "b=x")).json().path("guid").asText();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void aGuidFindsItsSchemaAndItsIds() {
    Http.Answer registered = register(subject(), avro("Found", "a"));
    String guid = registered.json().path("guid").asText();
    int id = registered.json().path("id").asInt();

    Http.Answer byGuid = http.get("/schemas/guids/" + guid);
    assertThat(byGuid.status()).isEqualTo(200);
    assertThat(byGuid.json().path("schema").asText()).isEqualTo(http.get("/schemas/ids/" + id).json().path("schema").asText());
    assertThat(byGuid.json().path("schemaType").asText()).isEqualTo("AVRO");
    assertThat(byGuid.json().path("guid").asText()).isEqualTo(guid);
    assertThat(http.get("/schemas/guids/" + guid.toUpperCase()).status()).as("UUIDs compare without case").isEqualTo(200);
    assertThat(http.get("/schemas/guids/" + guid + "/ids").text()).isEqualTo("[{\"context\":\".\",\"id\":" + id + "}]");
  }

  @Test
  void anImportedSecondIdOfASchemaSharesItsGuidAndIsListedWithIt() {
    String schema = avro("Twice", "a");
    Http.Answer registered = register(subject(), schema);
    String guid = registered.json().path("guid").asText();
    int id = registered.json().path("id").asInt();
    String imported = subject();
    http.put("/mode/" + imported, "{\"mode\":\"IMPORT\"}");
    Http.Answer second = http.post("/subjects/" + imported + "/versions", Http.json(Map.of("schema", schema, "id", 9101, "version", 1)));

    assertThat(second.json().path("id").asInt()).isEqualTo(9101);
    assertThat(second.json().path("guid").asText()).isEqualTo(guid);
    assertThat(http.get("/schemas/guids/" + guid + "/ids").text())
        .isEqualTo("[{\"context\":\".\",\"id\":" + id + "},{\"context\":\".\",\"id\":9101}]");
  }

  @Test
  void anUnknownOrMalformedGuidIsSchemaNotFound() {
    for (String path : new String[] {"/schemas/guids/" + UUID.randomUUID(), "/schemas/guids/" + UUID.randomUUID() + "/ids",
        "/schemas/guids/not-a-guid", "/schemas/guids/1-2-3-4-5/ids"}) {
      Http.Answer answer = http.get(path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.errorCode()).as(path).isEqualTo(40403);
    }
  }

  @Test
  void clientsThatDoNotAcceptUnknownPropertiesGetNoGuid() {
    String subject = subject();
    Http.Answer registered = register(subject, avro("Old", "a"));
    int id = registered.json().path("id").asInt();
    // twice each: the by-id answer is rendered once per form and then served from memory
    for (int i = 0; i < 2; i++) {
      assertThat(plain("/schemas/ids/" + id).json().has("guid")).isFalse();
      assertThat(http.get("/schemas/ids/" + id).json().has("guid")).isTrue();
    }
    assertThat(plain("/subjects/" + subject + "/versions/1").json().has("guid")).isFalse();
    assertThat(plain("/schemas/ids/" + id + "?subject=" + subject).json().has("guid")).isFalse();
  }

  /** A GET as a Java client before 7.0 sends it: no {@code Confluent-Accept-Unknown-Properties}. */
  private static Http.Answer plain(String path) {
    return http.send(HttpRequest.newBuilder(http.request(path).build().uri()).GET().build());
  }
}
