package dev.treaty.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The server-wide default of {@code validateFields} (Confluent's {@code schema.validate.fields},
 * default false): it applies where no config sets {@code validateFields}, and a config that does
 * wins. Run on H2 and PostgreSQL, with one server started with the setting and one without.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ServerValidateFieldsTest {

  // Confluent refuses JSON Schema property names starting with $$ when fields are validated.
  private static final String DOLLARS = "{\"type\":\"object\",\"properties\":{\"$$id\":{\"type\":\"string\"}}}";

  @Parameter Backend backend;

  static TestRegistry validating;
  static TestRegistry plain;

  @BeforeParameterizedClassInvocation
  static void startServers(Backend backend) {
    validating = TestRegistry.start(backend, ConfigLoader.load(List.of("--validate-fields", "true"), Map.of()));
    plain = TestRegistry.start(backend, ConfigLoader.load(List.of(), Map.of()));
  }

  @AfterParameterizedClassInvocation
  static void stopServers() {
    validating.close();
    plain.close();
  }

  private static Http.Answer register(TestRegistry registry, String subject) {
    return registry.http().post("/subjects/" + subject + "/versions",
        Http.json(Map.of("schemaType", "JSON", "schema", DOLLARS)));
  }

  @Test
  void aServerStartedWithValidateFieldsRefusesAnInvalidFieldName() {
    Http.Answer refused = register(validating, "refused");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.errorCode()).isEqualTo(42201);
    assertThat(refused.json().path("message").asText()).contains("Field names cannot start with $$ prefix");
    assertThat(validating.http().get("/subjects/refused/versions").errorCode()).isEqualTo(40401);
  }

  @Test
  void aServerStartedWithoutItAcceptsTheSameSchema() {
    assertThat(register(plain, "accepted").status()).isEqualTo(200);
  }

  @Test
  void aConfigThatSetsValidateFieldsWinsOverTheServersDefault() {
    validating.http().put("/config/relaxed", "{\"validateFields\":false}");
    plain.http().put("/config/strict", "{\"validateFields\":true}");

    assertThat(register(validating, "relaxed").status()).isEqualTo(200);
    assertThat(register(plain, "strict").errorCode()).isEqualTo(42201);
  }
}
