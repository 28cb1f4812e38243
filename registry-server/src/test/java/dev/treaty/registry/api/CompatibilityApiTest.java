package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import org.junit.jupiter.api.Test;

class CompatibilityApiTest extends ApiTest {

  @Test
  void compatibleSchemaIsReportedWithoutMessagesUnlessVerbose() {
    String subject = subject();
    registerId(subject, avro("C", "a"));

    assertThat(check(subject, "/versions/latest", avro("C", "a", "b=x")).json().toString())
        .isEqualTo("{\"is_compatible\":true}");
    assertThat(check(subject, "/versions/latest?verbose=true", avro("C", "a", "b=x")).json().toString())
        .isEqualTo("{\"is_compatible\":true,\"messages\":[],\"judge\":{\"kind\":\"LEVEL\",\"level\":\"BACKWARD\"}}");
  }

  @Test
  void incompatibleSchemaIsExplainedWhenVerbose() {
    String subject = subject();
    registerId(subject, avro("C", "a"));
    JsonNode answer = check(subject, "/versions/1?verbose=true", avro("C", "a", "b")).json();

    assertThat(answer.path("is_compatible").asBoolean()).isFalse();
    assertThat(answer.path("messages").get(0).asText()).startsWith("{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE'");
    assertThat(answer.path("incompatibilities").get(0).path("path").asText()).isEqualTo("/fields/1");
    assertThat(check(subject, "/versions/1", avro("C", "a", "b")).json().toString())
        .isEqualTo("{\"is_compatible\":false}");
  }

  @Test
  void unknownSubjectIsCompatibleAgainstLatestAndAll() {
    assertThat(check(subject(), "/versions/latest", avro("New", "a")).json().path("is_compatible").asBoolean()).isTrue();
    assertThat(check(subject(), "/versions", avro("New", "a")).json().path("is_compatible").asBoolean()).isTrue();
  }

  @Test
  void missingNumericVersionIs40402EvenForUnknownSubject() {
    assertThat(check(subject(), "/versions/3", avro("New", "a")).errorCode()).isEqualTo(40402);
    assertThat(check(subject(), "/versions/zero", avro("New", "a")).errorCode()).isEqualTo(42202);
  }

  @Test
  void invalidSchemaIs42201OrAVerboseFalse() {
    String subject = subject();
    registerId(subject, avro("C", "a"));

    assertThat(check(subject, "/versions/latest", "{nope").errorCode()).isEqualTo(42201);
    JsonNode verbose = check(subject, "/versions/latest?verbose=true", "{nope").json();
    assertThat(verbose.path("is_compatible").asBoolean()).isFalse();
    assertThat(verbose.path("messages").get(0).asText()).startsWith("Invalid schema");
  }

  @Test
  void versionlessCheckLooksAtEveryLiveVersionUnderTransitiveLevels() {
    String subject = subject();
    http.put("/config/" + subject, "{\"compatibility\":\"NONE\"}");
    registerId(subject, avro("H", "a"));
    registerId(subject, avro("H", "b"));
    http.put("/config/" + subject, "{\"compatibility\":\"BACKWARD_TRANSITIVE\"}");

    assertThat(check(subject, "/versions/latest", avro("H", "b")).json().path("is_compatible").asBoolean()).isTrue();
    assertThat(check(subject, "/versions", avro("H", "b")).json().path("is_compatible").asBoolean()).isFalse();
  }

  private static Http.Answer check(String subject, String suffix, String schema) {
    return http.post("/compatibility/subjects/" + Http.encode(subject) + suffix, body(schema));
  }
}
