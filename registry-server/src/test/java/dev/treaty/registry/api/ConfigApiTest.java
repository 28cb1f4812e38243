package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfigApiTest extends ApiTest {

  private static final String GLOBAL_CONTEXT = "/config/" + Http.encode(":.__GLOBAL:");

  @AfterEach
  void resetGlobalConfig() {
    http.delete("/config");
    http.delete(GLOBAL_CONTEXT);
  }

  @Test
  void globalConfigDefaultsToBackward() {
    Http.Answer answer = http.get("/config");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().toString()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
  }

  @Test
  void putAnswersWithTheCompatibilityKeyAndGetWithCompatibilityLevel() {
    Http.Answer put = http.put("/config", "{\"compatibility\":\"full\"}");

    assertThat(put.json().toString()).isEqualTo("{\"compatibility\":\"FULL\"}");
    assertThat(http.get("/config").json().toString()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
    assertThat(http.delete("/config").json().toString()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
    assertThat(http.get("/config").json().path("compatibilityLevel").asText()).isEqualTo("BACKWARD");
  }

  @Test
  void invalidLevelIs42203() {
    Http.Answer answer = http.put("/config", "{\"compatibility\":\"SIDEWAYS\"}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errorCode()).isEqualTo(42203);
  }

  @Test
  void subjectWithoutOwnConfigIs40408UnlessDefaultToGlobal() {
    String subject = subject();
    http.put("/config", "{\"compatibility\":\"FORWARD\"}");

    Http.Answer own = http.get("/config/" + subject);
    assertThat(own.status()).isEqualTo(404);
    assertThat(own.errorCode()).isEqualTo(40408);
    assertThat(http.get("/config/" + subject + "?defaultToGlobal=true").json().path("compatibilityLevel").asText())
        .isEqualTo("FORWARD");
    assertThat(http.delete("/config/" + subject).errorCode()).isEqualTo(40401);
  }

  @Test
  void subjectConfigCanBeSetBeforeTheSubjectExistsAndMergesFields() {
    String subject = subject();
    assertThat(http.put("/config/" + subject, "{\"compatibility\":\"NONE\",\"normalize\":true}").json().toString())
        .isEqualTo("{\"compatibility\":\"NONE\",\"normalize\":true}");
    assertThat(http.put("/config/" + subject, "{\"protobufRules\":\"wire\"}").json().toString())
        .isEqualTo("{\"compatibility\":\"NONE\",\"normalize\":true,\"protobufRules\":\"WIRE\"}");
    assertThat(http.put("/config/" + subject, "{\"normalize\":null,\"compatibilityPolicy\":\"lenient\"}").json().toString())
        .isEqualTo("{\"compatibility\":\"NONE\",\"compatibilityPolicy\":\"LENIENT\",\"protobufRules\":\"WIRE\"}");
    assertThat(http.get("/config/" + subject).json().path("compatibilityLevel").asText()).isEqualTo("NONE");
  }

  @Test
  void unknownProtobufRulesAndPoliciesAreRefused() {
    assertThat(http.put("/config/" + subject(), "{\"protobufRules\":\"LOOSE\"}").errorCode()).isEqualTo(42203);
    assertThat(http.put("/config/" + subject(), "{\"compatibilityPolicy\":\"MAYBE\"}").errorCode()).isEqualTo(42203);
  }

  @Test
  void subjectLevelAppliesToRegistration() {
    String subject = subject();
    registerId(subject, avro("Loose", "a"));
    assertThat(register(subject, avro("Loose", "a", "b")).status()).isEqualTo(409);

    http.put("/config/" + subject, "{\"compatibility\":\"NONE\"}");
    assertThat(register(subject, avro("Loose", "a", "b")).status()).isEqualTo(200);
    assertThat(http.delete("/config/" + subject).json().toString()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
  }

  @Test
  void transitiveLevelChecksEveryLiveVersion() {
    String subject = subject();
    http.put("/config/" + subject, "{\"compatibility\":\"NONE\"}");
    registerId(subject, avro("T", "a"));
    registerId(subject, avro("T", "b"));
    http.put("/config/" + subject, "{\"compatibility\":\"BACKWARD_TRANSITIVE\"}");

    // reads version 2 (has b) but not version 1 (lacks b)
    Http.Answer answer = register(subject, avro("T", "b"));
    assertThat(answer.status()).isEqualTo(200);
    Http.Answer transitive = register(subject, avro("T", "b", "c=x"));
    assertThat(transitive.status()).isEqualTo(409);
    assertThat(transitive.json().path("incompatibilities").get(0).path("version").asInt()).isEqualTo(1);
  }

  @Test
  void subjectConfigWithoutALevelShowsTheLevelThatApplies() {
    String subject = subject();
    http.put("/config", "{\"compatibility\":\"FORWARD_TRANSITIVE\"}");
    http.put("/config/" + subject, "{\"normalize\":true}");

    assertThat(http.get("/config/" + subject).json().toString())
        .isEqualTo("{\"compatibilityLevel\":\"FORWARD_TRANSITIVE\",\"normalize\":true}");
  }

  /** Confluent's lookup order: subject, then the global config, then the global context's, then the default. */
  @Test
  void theGlobalContextsConfigAppliesBelowTheGlobalOne() {
    String subject = subject();
    registerId(subject, avro("Ctx", "a"));
    assertThat(http.put(GLOBAL_CONTEXT, "{\"compatibility\":\"NONE\"}").json().toString())
        .isEqualTo("{\"compatibility\":\"NONE\"}");

    assertThat(http.get(GLOBAL_CONTEXT).json().path("compatibilityLevel").asText()).isEqualTo("NONE");
    assertThat(http.get("/config").json().path("compatibilityLevel").asText()).isEqualTo("BACKWARD");
    assertThat(http.get("/config?defaultToGlobal=true").json().path("compatibilityLevel").asText()).isEqualTo("NONE");
    assertThat(register(subject, avro("Ctx", "a", "b")).status()).isEqualTo(200);

    http.put("/config", "{\"compatibility\":\"BACKWARD\"}");
    assertThat(register(subject, avro("Ctx", "a", "b", "c")).status()).isEqualTo(409);
    assertThat(http.delete(GLOBAL_CONTEXT).json().path("compatibilityLevel").asText()).isEqualTo("NONE");
    assertThat(http.delete(GLOBAL_CONTEXT).status()).isEqualTo(200);
  }

  /** A qualified subject gets its context's config (set on :.ctx:), never the default context's global one. */
  @Test
  void aContextsConfigAppliesToItsSubjectsInsteadOfTheGlobalOne() {
    String context = ":.c-" + subject() + ":";
    String inContext = context + "orders";
    registerId(inContext, avro("Q", "a"));
    http.put("/config", "{\"compatibility\":\"NONE\"}");

    assertThat(register(inContext, avro("Q", "a", "b")).status()).isEqualTo(409);
    http.put("/config/" + Http.encode(context), "{\"compatibility\":\"NONE\"}");
    assertThat(register(inContext, avro("Q", "a", "b")).status()).isEqualTo(200);
    assertThat(http.get("/config/" + Http.encode(inContext) + "?defaultToGlobal=true").json().path("compatibilityLevel")
        .asText()).isEqualTo("NONE");
    http.put("/config/" + Http.encode(inContext), "{\"normalize\":true}");
    assertThat(http.get("/config/" + Http.encode(inContext)).json().path("compatibilityLevel").asText()).isEqualTo("NONE");
  }
}
