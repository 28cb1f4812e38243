package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Confluent's schema tags on Protobuf: kept as the {@code tags} of {@code (confluent.message_meta)}
 * on a message and {@code (confluent.field_meta)} on a field, named by full names
 * ({@code acme.Order}, {@code acme.Order.ssn}), and found again by {@code findTags}.
 */
class ProtobufSchemaTagsApiTest extends ApiTest {

  private static final String ORDER = """
      syntax = "proto3";
      package acme;

      message Order {
        string id = 1;
        string ssn = 2;
        Line line = 3;
        message Line {
          string sku = 1;
        }
      }
      """;

  private static Map<String, Object> tag(String path, String type, String... tags) {
    return Map.of("schemaEntity", Map.of("entityPath", path, "entityType", type), "tags", List.of(tags));
  }

  private static Http.Answer register(String subject, String schema, Map<String, Object> extra) {
    Map<String, Object> body = new LinkedHashMap<>(extra);
    body.put("schemaType", "PROTOBUF");
    body.put("schema", schema);
    return http.post("/subjects/" + subject + "/versions", Http.json(body));
  }

  private static String found(String subject, String version, String tags) {
    return http.get("/subjects/" + subject + "/versions/" + version + "?findTags=" + tags).json().path("schemaTags").toString();
  }

  private static String entry(String path, String type, String tags) {
    return "{\"schemaEntity\":{\"entityPath\":\"" + path + "\",\"entityType\":\"" + type + "\"},\"tags\":" + tags + "}";
  }

  @Test
  void tagsToAddAreWrittenIntoConfluentMetaOptionsThatImportMetaProto() {
    String subject = subject();
    Http.Answer answer = register(subject, ORDER, Map.of("schemaTagsToAdd", List.of(
        tag("acme.Order", "sr_record", "ORDER"), tag("acme.Order.ssn", "sr_field", "PII", "SECRET"),
        tag("acme.Order.Line.sku", "sr_field", "SKU"))));

    assertThat(answer.status()).isEqualTo(200);
    String stored = http.get("/subjects/" + subject + "/versions/1/schema").text();
    assertThat(stored).contains("import \"confluent/meta.proto\";").contains("(confluent.message_meta)")
        .contains("(confluent.field_meta)");
    assertThat(found(subject, "1", "PII")).isEqualTo("[" + entry("acme.Order.ssn", "sr_field", "[\"PII\",\"SECRET\"]") + "]");
    assertThat(http.get("/schemas/ids/" + answer.json().path("id").asInt() + "?findTags=*").json().path("schemaTags"))
        .hasSize(3);
  }

  @Test
  void tagsWrittenInTheSchemaByHandAreFoundToo() {
    String subject = subject();
    String tagged = ORDER.replace("package acme;", "package acme;\nimport \"confluent/meta.proto\";")
        .replace("string ssn = 2;", "string ssn = 2 [(confluent.field_meta).tags = \"PII\"];");
    assertThat(register(subject, tagged, Map.of()).status()).isEqualTo(200);

    assertThat(found(subject, "1", "PII")).isEqualTo("[" + entry("acme.Order.ssn", "sr_field", "[\"PII\"]") + "]");
  }

  @Test
  void theTagsEndpointAddsAndRemovesTagsInANewVersion() {
    String subject = subject();
    register(subject, ORDER, Map.of("schemaTagsToAdd", List.of(tag("acme.Order.id", "sr_field", "KEY"))));

    Http.Answer answer = http.post("/subjects/" + subject + "/versions/1/tags", Http.json(Map.of(
        "tagsToAdd", List.of(tag("acme.Order.ssn", "sr_field", "PII")),
        "tagsToRemove", List.of(tag("acme.Order.id", "sr_field", "KEY")))));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("version").asInt()).isEqualTo(2);
    assertThat(found(subject, "2", "*")).isEqualTo("[" + entry("acme.Order.ssn", "sr_field", "[\"PII\"]") + "]");
  }

  @Test
  void propagateSchemaTagsCarriesTheLatestVersionsTagsOver() {
    String subject = subject();
    register(subject, ORDER, Map.of("schemaTagsToAdd", List.of(tag("acme.Order.Line", "sr_record", "LINE"))));
    String evolved = ORDER.replace("Line line = 3;", "Line line = 3;\n  string note = 4;");

    assertThat(register(subject, evolved, Map.of("propagateSchemaTags", true)).json().path("version").asInt())
        .isEqualTo(2);
    assertThat(found(subject, "2", "LINE")).isEqualTo("[" + entry("acme.Order.Line", "sr_record", "[\"LINE\"]") + "]");
  }

  @Test
  void aTagOnAMessageOrFieldTheFileLacksIs42201AndStoresNothing() {
    String subject = subject();
    Http.Answer answer = register(subject, ORDER, Map.of("schemaTagsToAdd", List.of(tag("acme.Order.email", "sr_field", "PII"))));

    assertThat(answer.errorCode()).isEqualTo(42201);
    assertThat(answer.json().path("message").asText()).contains("acme.Order.email");
    assertThat(http.get("/subjects/" + subject + "/versions").errorCode()).isEqualTo(40401);
  }
}
