package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Confluent's {@code validateFields} config: JSON property names and reserved fields. */
class FieldValidationApiTest extends ApiTest {

  private static final String DOLLARS = "{\"type\":\"object\",\"properties\":{\"$$id\":{\"type\":\"string\"}}}";

  private static String validating() {
    String subject = subject();
    http.put("/config/" + subject, "{\"validateFields\":true}");
    return subject;
  }

  private static Http.Answer registerReserving(String subject, String schema, String reserved) {
    return http.post("/subjects/" + subject + "/versions", Http.json(Map.of("schema", schema,
        "metadata", Map.of("properties", Map.of("confluent:reserved", reserved)))));
  }

  @Test
  void jsonPropertyNamesStartingWithTwoDollarsAreRefusedWhenFieldsAreValidated() {
    assertThat(http.post("/subjects/" + subject() + "/versions", body("JSON", DOLLARS, java.util.List.of())).status())
        .isEqualTo(200);

    Http.Answer refused = http.post("/subjects/" + validating() + "/versions", body("JSON", DOLLARS, java.util.List.of()));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.errorCode()).isEqualTo(42201);
    assertThat(refused.json().path("message").asText()).contains("Field names cannot start with $$ prefix");
  }

  @Test
  void aTopLevelFieldMayNotUseAReservedName() {
    Http.Answer refused = registerReserving(validating(), avro("Person", "name", "ssn"), "ssn");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("message").asText())
        .contains("The new schema has field that conflicts with the reserved field ssn.")
        .contains("{validateFields: 'true', compatibility: 'BACKWARD'}");
    assertThat(refused.json().path("incompatibilities").get(0).path("ruleId").asText())
        .isEqualTo("FIELD_CONFLICTS_WITH_RESERVED_FIELD");
    assertThat(refused.json().path("incompatibilities").get(0).path("path").asText())
        .isEqualTo("/metadata/properties/confluent:reserved");
  }

  @Test
  void aNameReservedByTheLatestVersionStaysReserved() {
    String subject = validating();
    assertThat(registerReserving(subject, avro("Person", "name"), "ssn, email").status()).isEqualTo(200);

    Http.Answer dropped = registerReserving(subject, avro("Person", "name", "nick=n"), "ssn");
    assertThat(dropped.status()).isEqualTo(409);
    assertThat(dropped.json().path("message").asText()).contains(
        "The new schema has reserved field email removed from its metadata which is present in the old schema's metadata.");
    assertThat(dropped.json().path("incompatibilities").get(0).path("ruleId").asText())
        .isEqualTo("RESERVED_FIELD_REMOVED");
    assertThat(registerReserving(subject, avro("Person", "name", "nick=n"), "email,ssn,phone").status()).isEqualTo(200);
  }

  @Test
  void reservedNamesAreNotEnforcedWithoutValidateFields() {
    String subject = subject();
    assertThat(registerReserving(subject, avro("Person", "name", "ssn"), "ssn").status()).isEqualTo(200);
    assertThat(registerReserving(subject, avro("Person", "name", "ssn"), "").status()).isEqualTo(200);
  }

  @Test
  void theCompatibilityCheckReportsReservedFieldsAsRegistrationWould() {
    String subject = validating();
    Http.Answer check = http.post("/compatibility/subjects/" + subject + "/versions?verbose=true",
        Http.json(Map.of("schema", avro("Person", "ssn"),
            "metadata", Map.of("properties", Map.of("confluent:reserved", "ssn")))));

    assertThat(check.json().path("is_compatible").asBoolean()).isFalse();
    assertThat(check.json().path("messages").toString())
        .contains("conflicts with the reserved field ssn")
        .contains("{validateFields: 'true', compatibility: 'BACKWARD'}");
  }
}
