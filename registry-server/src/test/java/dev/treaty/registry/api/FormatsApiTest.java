package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON Schema and Avro beyond single schemas: references, normalize, type changes. */
class FormatsApiTest extends ApiTest {

  private static final String ADDRESS =
      "{\"type\":\"object\",\"properties\":{\"street\":{\"type\":\"string\"}},\"additionalProperties\":false}";
  private static final String CUSTOMER =
      "{\"type\":\"object\",\"properties\":{\"address\":{\"$ref\":\"address.json\"}},\"additionalProperties\":false}";

  @Test
  void jsonSchemaWithAReferenceRegistersAndIsProtectedFromDeletion() {
    String base = subject();
    String user = subject();
    assertThat(http.post("/subjects/" + base + "/versions", body("JSON", ADDRESS, List.of())).status()).isEqualTo(200);
    Http.Answer referring = http.post("/subjects/" + user + "/versions", body(
        "JSON", CUSTOMER, List.of(Map.of("name", "address.json", "subject", base, "version", 1))));

    assertThat(referring.status()).as(referring.text()).isEqualTo(200);
    assertThat(referring.json().path("schemaType").asText()).isEqualTo("JSON");
    int id = referring.json().path("id").asInt();
    assertThat(http.get("/schemas/ids/" + id).json().path("references").get(0).path("subject").asText()).isEqualTo(base);
    assertThat(http.get("/subjects/" + base + "/versions/1/referencedby").json().toString()).isEqualTo("[" + id + "]");
    assertThat(http.delete("/subjects/" + base + "/versions/1").errorCode()).isEqualTo(42206);
  }

  @Test
  void jsonSchemaWithAnUnresolvedReferenceIs42201() {
    Http.Answer answer = http.post("/subjects/" + subject() + "/versions", body("JSON", CUSTOMER, List.of()));
    assertThat(answer.errorCode()).isEqualTo(42201);
  }

  @Test
  void avroReferenceToANamedTypeInAnotherSubject() {
    String base = subject();
    String user = subject();
    registerId(base, "{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"acme\",\"fields\":[{\"name\":\"street\",\"type\":\"string\"}]}");
    Http.Answer referring = http.post("/subjects/" + user + "/versions", body("AVRO",
        "{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"acme\",\"fields\":[{\"name\":\"address\",\"type\":\"acme.Address\"}]}",
        List.of(Map.of("name", "acme.Address", "subject", base, "version", 1))));

    assertThat(referring.status()).as(referring.text()).isEqualTo(200);
    assertThat(http.post("/subjects/" + user, body("AVRO",
        "{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"acme\",\"fields\":[{\"name\":\"address\",\"type\":\"acme.Address\"}]}",
        List.of(Map.of("name", "acme.Address", "subject", base, "version", 1)))).json().path("version").asInt()).isEqualTo(1);
  }

  @Test
  void normalizeMakesPropertyOrderIrrelevantOnRegisterLookupAndCheck() {
    String subject = subject();
    String ab = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"}}}";
    String ba = "{\"type\":\"object\",\"properties\":{\"b\":{\"type\":\"string\"},\"a\":{\"type\":\"string\"}}}";
    int id = http.post("/subjects/" + subject + "/versions?normalize=true", body("JSON", ab, List.of())).json().path("id").asInt();

    assertThat(http.post("/subjects/" + subject + "?normalize=true", body("JSON", ba, List.of())).json().path("id").asInt())
        .isEqualTo(id);
    assertThat(http.post("/subjects/" + subject, body("JSON", ba, List.of())).errorCode()).isEqualTo(40403);
    assertThat(http.post("/subjects/" + subject + "/versions?normalize=true", body("JSON", ba, List.of()))
        .json().path("version").asInt()).isEqualTo(1);
  }

  @Test
  void normalizeSetInTheSubjectConfigAppliesWithoutTheParameter() {
    String subject = subject();
    http.put("/config/" + subject, "{\"normalize\":true}");
    String ab = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"}}}";
    String ba = "{\"type\":\"object\",\"properties\":{\"b\":{\"type\":\"string\"},\"a\":{\"type\":\"string\"}}}";
    int id = http.post("/subjects/" + subject + "/versions", body("JSON", ab, List.of())).json().path("id").asInt();

    assertThat(http.post("/subjects/" + subject + "/versions", body("JSON", ba, List.of())).json().path("id").asInt())
        .isEqualTo(id);
  }

  @Test
  void changingTheSchemaTypeIsIncompatible() {
    String subject = subject();
    registerId(subject, avro("Typed", "a"));
    Http.Answer answer = http.post("/subjects/" + subject + "/versions", body("JSON", "{\"type\":\"object\"}", List.of()));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().path("incompatibilities").get(0).path("ruleId").asText()).isEqualTo("SCHEMA_TYPE_CHANGED");
  }

  @Test
  void jsonSchemaCompatibilityPolicyFromConfigChangesTheVerdict() {
    String subject = subject();
    String open = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}";
    String wider = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"}}}";
    http.post("/subjects/" + subject + "/versions", body("JSON", open, List.of()));
    String check = "/compatibility/subjects/" + subject + "/versions/latest";

    boolean strict = http.post(check, body("JSON", wider, List.of())).json().path("is_compatible").asBoolean();
    http.put("/config/" + subject, "{\"compatibilityPolicy\":\"LENIENT\"}");
    boolean lenient = http.post(check, body("JSON", wider, List.of())).json().path("is_compatible").asBoolean();

    assertThat(strict).isFalse();
    assertThat(lenient).isTrue();
  }
}
