package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generated samples of a version or a posted schema, and the examples producers' contracts carry. */
class SamplesApiTest extends ApiTest {

  private static final String ORDER = """
      {"type":"record","name":"Order","fields":[{"name":"id","type":"string"},
        {"name":"note","type":["null","string"]},{"name":"state","type":{"type":"enum","name":"S","symbols":["A","B"]}}]}""";

  @Test
  void samplesOfAVersionAreAvroJsonEncodingAndRepeatForTheSameSeed() {
    String subject = subject();
    registerId(subject, ORDER);

    JsonNode answer = http.get("/treaty/v1/subjects/" + Http.encode(subject) + "/versions/latest/samples?count=3&seed=11").json();

    assertThat(answer.path("subject").asText()).isEqualTo(subject);
    assertThat(answer.path("version").asInt()).isEqualTo(1);
    assertThat(answer.path("schemaType").asText()).isEqualTo("AVRO");
    assertThat(answer.path("seed").asLong()).isEqualTo(11);
    assertThat(answer.path("samples")).hasSize(3);
    assertThat(answer.path("samples").get(0).path("note").isNull()).isTrue();
    assertThat(answer.path("samples").get(1).path("note").has("string")).isTrue();
    assertThat(http.get("/treaty/v1/subjects/" + Http.encode(subject) + "/versions/1/samples?count=3&seed=11").json())
        .isEqualTo(answer);
  }

  @Test
  void samplesOfAVersionComeWithTheExamplesOfTheContractsThatProduceIt() {
    String subject = subject();
    String v2 = ORDER.substring(0, ORDER.length() - 2) + ",{\"name\":\"channel\",\"type\":\"string\",\"default\":\"web\"}]}";
    registerId(subject, ORDER);
    registerId(subject, v2);
    String shop = ContractsApiTest.name("shop");
    String kiosk = ContractsApiTest.name("kiosk");
    Map<String, Object> placed = Map.of("id", "o-1", "note", Map.of("string", "ring twice"), "state", "B");
    assertThat(ContractsApiTest.publish(shop, "1.4", List.of(Map.of("subject", subject, "version", 1,
        "examples", List.of(placed))), List.of()).status()).isEqualTo(200);
    assertThat(ContractsApiTest.publish(kiosk, "7", List.of(Map.of("subject", subject, "schema", v2,
        "examples", List.of(Map.of("id", "k-9", "note", Map.of("string", "at the kiosk"), "state", "A", "channel", "kiosk")))),
        List.of()).status()).isEqualTo(200);
    // a consumer's examples are what it expects, not what anyone sends: they are not offered
    assertThat(ContractsApiTest.publish(ContractsApiTest.name("audit"), "1", List.of(), List.of(Map.of("subject", subject,
        "schema", ORDER, "examples", List.of(Map.of("id", "x", "note", Map.of("string", "n"), "state", "A"))))).status())
        .isEqualTo(200);
    String base = "/treaty/v1/subjects/" + Http.encode(subject) + "/versions/";

    JsonNode first = http.get(base + "1/samples?count=2&seed=5").json();
    JsonNode latest = http.get(base + "latest/samples?count=2&seed=5").json();

    assertThat(first.path("samples")).hasSize(2);
    // compared as JSON trees: the example was posted from a Map, whose key order is not fixed
    assertThat(first.path("examples")).isEqualTo(new ObjectMapper().valueToTree(List.of(Map.of(
        "producer", shop, "producerVersion", "1.4", "example", 0, "value", placed))));
    assertThat(latest.path("examples")).singleElement()
        .satisfies(example -> assertThat(example.path("producer").asText()).isEqualTo(kiosk));
  }

  @Test
  void aVersionNoContractProducesHasNoExamplesAndAPostedSchemaNone() {
    String subject = subject();
    registerId(subject, ORDER);

    JsonNode version = http.get("/treaty/v1/subjects/" + Http.encode(subject) + "/versions/1/samples?count=1").json();
    JsonNode posted = http.post("/treaty/v1/samples?count=1", body("AVRO", ORDER, List.of())).json();

    assertThat(version.path("examples").isArray()).isTrue();
    assertThat(version.path("examples")).isEmpty();
    assertThat(posted.has("examples")).isFalse();
  }

  @Test
  void aPostedProtobufSchemaGivesProto3JsonOfTheNamedMessage() {
    String proto = "syntax = \"proto3\"; package shop; message A { string id = 1; } message B { int64 total = 1; }";
    JsonNode answer = http.post("/treaty/v1/samples?count=2&seed=3&message=shop.B", body("PROTOBUF", proto, List.of())).json();

    assertThat(answer.has("subject")).isFalse();
    assertThat(answer.path("message").asText()).isEqualTo("shop.B");
    assertThat(answer.path("samples").get(1).path("total").isTextual()).as(answer.toString()).isTrue();
  }

  @Test
  void anUnsatisfiableSchemaIs42201NamingWhy() {
    Http.Answer answer = http.post("/treaty/v1/samples", body("JSON", """
        {"type":"object","required":["qty"],"properties":{"qty":{"type":"number","minimum":5,"maximum":1}}}""", List.of()));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errorCode()).isEqualTo(42201);
    assertThat(answer.json().path("message").asText()).isEqualTo("No value satisfies the schema at /qty: no number lies between 5 and 1");
  }

  @Test
  void badCountsAndUnknownVersionsAreRefused() {
    String subject = subject();
    registerId(subject, ORDER);
    String base = "/treaty/v1/subjects/" + Http.encode(subject) + "/versions/";

    assertThat(http.get(base + "1/samples?count=0").errorCode()).isEqualTo(422);
    assertThat(http.get(base + "1/samples?count=many").status()).isEqualTo(400);
    assertThat(http.get(base + "1/samples?seed=x").status()).isEqualTo(400);
    assertThat(http.get(base + "7/samples").errorCode()).isEqualTo(40402);
    assertThat(http.get("/treaty/v1/subjects/nobody-" + subject + "/versions/1/samples").errorCode()).isEqualTo(40401);
    assertThat(http.post("/treaty/v1/samples", body("{nope")).errorCode()).isEqualTo(42201);
  }
}
