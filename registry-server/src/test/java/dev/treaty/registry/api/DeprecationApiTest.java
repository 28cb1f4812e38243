package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.net.http.HttpHeaders;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deprecating subjects and versions: headers on reads, Treaty's JSON, the feed, sunsets and can-i-deploy. */
class DeprecationApiTest extends ApiTest {

  static final String FUTURE = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
  static final String PAST = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

  @Test
  void aDeprecatedVersionIsReadWithDeprecationSunsetAndSuccessorHeaders() {
    String subject = subject();
    register(subject, avro("D", "a"));
    register(subject, avro("D", "a", "b=x"));

    Http.Answer deprecated = http.put("/treaty/v1/subjects/" + subject + "/versions/1/deprecation",
        Http.json(Map.of("reason", "b is needed", "sunset", FUTURE, "replacement", subject + "@2")));
    assertThat(deprecated.status()).isEqualTo(200);

    HttpHeaders headers = http.headers("/subjects/" + subject + "/versions/1");
    assertThat(headers.firstValue("Deprecation").orElseThrow()).matches("@\\d+");
    assertThat(headers.firstValue("Sunset").orElseThrow()).endsWith("GMT");
    assertThat(headers.firstValue("Link").orElseThrow())
        .isEqualTo("</subjects/" + subject + "/versions/2>; rel=\"successor-version\"");
    assertThat(http.headers("/subjects/" + subject + "/versions/1/schema").firstValue("Deprecation")).isPresent();
    assertThat(http.headers("/subjects/" + subject + "/versions/2").firstValue("Deprecation")).isEmpty();
    assertThat(http.get("/subjects/" + subject + "/versions/1").json().has("deprecation")).isFalse();

    JsonNode version = http.get("/treaty/v1/subjects/" + subject).json().path("versions").get(0);
    assertThat(version.path("deprecation").path("reason").asText()).isEqualTo("b is needed");
    assertThat(version.path("deprecation").path("replacement").asText()).isEqualTo(subject + "@2");
    assertThat(http.get("/treaty/v1/events?after=0&limit=1000").text()).contains("DEPRECATED");

    assertThat(http.delete("/treaty/v1/subjects/" + subject + "/versions/1/deprecation").status()).isEqualTo(200);
    assertThat(http.headers("/subjects/" + subject + "/versions/1").firstValue("Deprecation")).isEmpty();
    assertThat(http.delete("/treaty/v1/subjects/" + subject + "/versions/1/deprecation").errorCode()).isEqualTo(40431);
  }

  @Test
  void aSubjectPastItsSunsetTakesNoNewVersionsExceptByImport() {
    String subject = subject();
    register(subject, avro("S", "a"));
    http.put("/treaty/v1/subjects/" + subject + "/deprecation", Http.json(Map.of("reason", "retired", "sunset", PAST)));

    assertThat(http.headers("/treaty/v1/subjects/" + subject).firstValue("Sunset")).isPresent();
    Http.Answer refused = register(subject, avro("S", "a", "b=x"));
    assertThat(refused.errorCode()).isEqualTo(42232);
    assertThat(refused.json().path("message").asText()).contains("sunset", PAST);

    assertThat(http.put("/mode/" + subject + "?force=true", "{\"mode\":\"IMPORT\"}").status()).isEqualTo(200);
    Http.Answer imported = http.post("/subjects/" + subject + "/versions",
        Http.json(Map.of("schema", avro("S", "a", "b=x"), "id", 90000 + subject.hashCode() % 1000 + 1000, "version", 5)));
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
  }

  @Test
  void badDeprecationsAreRefused() {
    String subject = subject();
    register(subject, avro("B", "a"));
    String path = "/treaty/v1/subjects/" + subject + "/deprecation";
    assertThat(http.put(path, "{\"sunset\":\"next year\"}").errorCode()).isEqualTo(422);
    assertThat(http.put(path, "{\"replacement\":\"no-such-subject\"}").errorCode()).isEqualTo(422);
    assertThat(http.put(path, "{\"replacement\":\"" + subject + "\"}").errorCode()).isEqualTo(422);
    assertThat(http.put("/treaty/v1/subjects/" + subject + "/versions/9/deprecation", "{}").errorCode()).isEqualTo(40402);
    assertThat(http.put("/treaty/v1/subjects/never-registered/deprecation", "{}").errorCode()).isEqualTo(40401);
    assertThat(http.put("/treaty/v1/subjects/" + subject + "/versions/x/deprecation", "{}").errorCode()).isEqualTo(42202);
  }

  @Test
  void canIDeployWarnsBeforeTheSunsetAndRefusesAfterIt() {
    String subject = subject();
    register(subject, avro("C", "a"));
    String env = "env-" + subject;
    http.put("/treaty/v1/environments/" + env, "{}");
    String app = "app-" + subject;
    http.put("/treaty/v1/applications/" + app + "/versions/1/contract",
        Http.json(Map.of("produces", List.of(Map.of("subject", subject, "version", 1)), "consumes", List.of())));
    deployCheck(app, env);

    http.put("/treaty/v1/subjects/" + subject + "/versions/1/deprecation", Http.json(Map.of("sunset", FUTURE)));
    JsonNode before = deployCheck(app, env);
    assertThat(before.path("deployable").asBoolean()).isTrue();
    assertThat(before.path("deprecations").get(0).path("pastSunset").asBoolean()).isFalse();
    assertThat(before.path("deprecations").get(0).path("role").asText()).isEqualTo("produces");

    http.put("/treaty/v1/subjects/" + subject + "/versions/1/deprecation", Http.json(Map.of("sunset", PAST)));
    JsonNode after = deployCheck(app, env);
    assertThat(after.path("deployable").asBoolean()).isFalse();
    assertThat(after.path("deprecations").get(0).path("pastSunset").asBoolean()).isTrue();

    http.post("/treaty/v1/environments/" + env + "/deployments", Http.json(Map.of("application", app, "version", "1")));
    JsonNode matrix = http.get("/treaty/v1/environments/" + env + "/matrix").json();
    assertThat(matrix.path("deprecations").get(0).path("subject").asText()).isEqualTo(subject);
  }

  private static JsonNode deployCheck(String app, String env) {
    return http.get("/treaty/v1/can-i-deploy?application=" + app + "&version=1&environment=" + env).json();
  }
}
