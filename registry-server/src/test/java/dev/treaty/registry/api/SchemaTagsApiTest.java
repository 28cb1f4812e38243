package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.registry.Http;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Confluent's schema tags: {@code schemaTagsToAdd}, {@code schemaTagsToRemove} and
 * {@code propagateSchemaTags} at registration write {@code confluent:tags} into the Avro schema,
 * where Confluent keeps them (Protobuf: {@link ProtobufSchemaTagsApiTest}).
 */
class SchemaTagsApiTest extends ApiTest {

  private static final String USER =
      "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"acme\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},"
          + "{\"name\":\"ssn\",\"type\":\"string\"}]}";

  private static Map<String, Object> tag(String path, String type, String... tags) {
    return Map.of("schemaEntity", Map.of("entityPath", path, "entityType", type), "tags", List.of(tags));
  }

  private static Http.Answer registerWith(String subject, String schema, Map<String, Object> extra) {
    Map<String, Object> body = new LinkedHashMap<>(extra);
    body.put("schema", schema);
    return http.post("/subjects/" + subject + "/versions", Http.json(body));
  }

  private static JsonNode stored(String subject, String version) throws Exception {
    return new ObjectMapper().readTree(http.get("/subjects/" + subject + "/versions/" + version).json().path("schema").asText());
  }

  @Test
  void tagsToAddAreWrittenIntoTheRecordAndTheField() throws Exception {
    String subject = subject();
    Http.Answer answer = registerWith(subject, USER, Map.of("schemaTagsToAdd",
        List.of(tag("acme.User", "sr_record", "PERSONAL"), tag("acme.User.ssn", "sr_field", "PII", "SECRET"))));

    assertThat(answer.status()).isEqualTo(200);
    JsonNode schema = stored(subject, "1");
    assertThat(schema.path("confluent:tags").toString()).isEqualTo("[\"PERSONAL\"]");
    assertThat(schema.path("fields").get(1).path("confluent:tags").toString()).isEqualTo("[\"PII\",\"SECRET\"]");
    assertThat(schema.path("fields").get(0).has("confluent:tags")).isFalse();
  }

  @Test
  void tagsCanBeRemovedFromTheLatestSchemaAloneMakingANewVersion() throws Exception {
    String subject = subject();
    registerWith(subject, USER, Map.of("schemaTagsToAdd", List.of(tag("acme.User.ssn", "sr_field", "PII", "SECRET"))));

    Http.Answer answer = registerWith(subject, "", Map.of("schemaTagsToRemove", List.of(tag("acme.User.ssn", "sr_field", "SECRET"))));
    assertThat(answer.json().path("version").asInt()).isEqualTo(2);
    assertThat(stored(subject, "2").path("fields").get(1).path("confluent:tags").toString()).isEqualTo("[\"PII\"]");
  }

  @Test
  void propagateSchemaTagsCarriesTheLatestVersionsTagsOver() throws Exception {
    String subject = subject();
    registerWith(subject, USER, Map.of("schemaTagsToAdd", List.of(tag("acme.User.ssn", "sr_field", "PII"))));
    String evolved = USER.replace("]}", ",{\"name\":\"nick\",\"type\":\"string\",\"default\":\"\"}]}");

    assertThat(registerWith(subject, evolved, Map.of("propagateSchemaTags", true)).json().path("version").asInt())
        .isEqualTo(2);
    assertThat(stored(subject, "2").path("fields").get(1).path("confluent:tags").toString()).isEqualTo("[\"PII\"]");
    assertThat(registerWith(subject, evolved.replace("\"\"}", "\"x\"}"), Map.of()).json().path("version").asInt())
        .isEqualTo(3);
    assertThat(stored(subject, "3").path("fields").get(1).has("confluent:tags")).isFalse();
  }

  @Test
  void aTagOnARecordOrFieldTheSchemaLacksIs42201AndStoresNothing() {
    String subject = subject();
    Http.Answer answer = registerWith(subject, USER, Map.of("schemaTagsToAdd", List.of(tag("acme.User.email", "sr_field", "PII"))));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errorCode()).isEqualTo(42201);
    assertThat(answer.json().path("message").asText()).contains("acme.User.email");
    assertThat(http.get("/subjects/" + subject + "/versions").errorCode()).isEqualTo(40401);
  }

  /** JSON Schema paths are Confluent's: type words and property names, e.g. object.address.object.city. */
  @Test
  void jsonSchemaTagsLandOnObjectsAndPropertiesByConfluentsPaths() throws Exception {
    String subject = subject();
    String order = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},"
        + "\"address\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}},"
        + "\"lines\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"sku\":{\"type\":\"string\"}}}}}}";
    Http.Answer answer = http.post("/subjects/" + subject + "/versions", Http.json(Map.of("schemaType", "JSON",
        "schema", order, "schemaTagsToAdd", List.of(tag("object", "sr_record", "ORDER"),
            tag("object.address.object.city", "sr_field", "PII"), tag("object.lines.array.object.sku", "sr_field", "SKU")))));
    assertThat(answer.status()).isEqualTo(200);

    JsonNode schema = stored(subject, "1");
    assertThat(schema.path("confluent:tags").toString()).isEqualTo("[\"ORDER\"]");
    assertThat(schema.at("/properties/address/properties/city/confluent:tags").toString()).isEqualTo("[\"PII\"]");
    assertThat(schema.at("/properties/lines/items/properties/sku/confluent:tags").toString()).isEqualTo("[\"SKU\"]");
    assertThat(http.get("/subjects/" + subject + "/versions/1?findTags=PII").json().path("schemaTags").toString())
        .isEqualTo("[{\"schemaEntity\":{\"entityPath\":\"object.address.object.city\",\"entityType\":\"sr_field\"},"
            + "\"tags\":[\"PII\"]}]");
    assertThat(http.post("/subjects/" + subject + "/versions", Http.json(Map.of("schemaType", "JSON", "schema", order,
        "schemaTagsToAdd", List.of(tag("object.address.object.zip", "sr_field", "PII"))))).errorCode()).isEqualTo(42201);
  }

  @Test
  void theTagsEndpointMakesANewVersionOfAGivenVersionWithItsTagsChanged() throws Exception {
    String subject = subject();
    registerWith(subject, USER, Map.of("schemaTagsToAdd", List.of(tag("acme.User.id", "sr_field", "KEY"))));

    Http.Answer answer = http.post("/subjects/" + subject + "/versions/1/tags", Http.json(Map.of("newVersion", 2,
        "tagsToAdd", List.of(tag("acme.User.ssn", "sr_field", "PII")),
        "tagsToRemove", List.of(tag("acme.User.id", "sr_field", "KEY")))));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("version").asInt()).isEqualTo(2);
    JsonNode schema = stored(subject, "2");
    assertThat(schema.path("fields").get(0).has("confluent:tags")).isFalse();
    assertThat(schema.path("fields").get(1).path("confluent:tags").toString()).isEqualTo("[\"PII\"]");
  }

  @Test
  void theTagsEndpointAnswersConfluentsErrors() {
    String subject = subject();
    registerWith(subject, USER, Map.of());
    String body = Http.json(Map.of("tagsToAdd", List.of(tag("acme.User.ssn", "sr_field", "PII"))));

    assertThat(http.post("/subjects/" + subject + "/versions/7/tags", body).errorCode()).isEqualTo(40402);
    assertThat(http.post("/subjects/" + subject() + "/versions/1/tags", body).errorCode()).isEqualTo(40401);
    assertThat(http.post("/subjects/" + subject + "/versions/1/tags",
        Http.json(Map.of("newVersion", 5, "tagsToAdd", List.of(tag("acme.User.ssn", "sr_field", "PII"))))).errorCode())
        .isEqualTo(42201);
    assertThat(http.post("/subjects/" + subject + "/versions/1/tags",
        Http.json(Map.of("rulesToRemove", "not-a-list"))).errorCode()).isEqualTo(42210);
    assertThat(http.get("/subjects/" + subject + "/versions").json().toString()).isEqualTo("[1]");
  }

  @Test
  void findTagsListsTheTaggedRecordsAndFieldsOnReads() {
    String subject = subject();
    int id = registerWith(subject, USER, Map.of("schemaTagsToAdd", List.of(tag("acme.User", "sr_record", "PERSONAL"),
        tag("acme.User.ssn", "sr_field", "PII")))).json().path("id").asInt();

    assertThat(http.get("/subjects/" + subject + "/versions/1?findTags=PII").json().path("schemaTags").toString())
        .isEqualTo("[{\"schemaEntity\":{\"entityPath\":\"acme.User.ssn\",\"entityType\":\"sr_field\"},\"tags\":[\"PII\"]}]");
    assertThat(http.get("/schemas/ids/" + id + "?findTags=*").json().path("schemaTags")).hasSize(2);
    assertThat(http.get("/schemas/ids/" + id + "?findTags=NONE").json().path("schemaTags").toString()).isEqualTo("[]");
    assertThat(http.get("/subjects/" + subject + "/versions/1").json().has("schemaTags")).isFalse();
  }
}
