package dev.treaty.registry.api;

import static dev.treaty.registry.api.ContractsApiTest.deploy;
import static dev.treaty.registry.api.ContractsApiTest.entry;
import static dev.treaty.registry.api.ContractsApiTest.name;
import static dev.treaty.registry.api.ContractsApiTest.publish;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * can-i-deploy POSTed by a pipeline answers as the GET does and keeps its verdict in the events
 * feed ({@code CAN_I_DEPLOY_PASSED} / {@code CAN_I_DEPLOY_FAILED}), which the audit trail filters
 * and webhooks receive; the GET records nothing, and a question that cannot be answered records
 * nothing either.
 */
class RecordedCanIDeployApiTest extends ApiTest {

  @Test
  void aPipelinesCanIDeployIsRecordedWithItsVerdictWhileTheReadRecordsNothing() {
    String env = name("prod");
    String producer = name("producer");
    String consumer = name("consumer");
    String s = subject();
    publish(producer, "1", List.of(entry(s, avro("P", "id"))), List.of());
    publish(producer, "2", List.of(entry(s, avro("P", "id", "email"))), List.of());
    publish(consumer, "1", List.of(), List.of(entry(s, avro("P", "id", "email"))));
    http.put("/treaty/v1/environments/" + env, "");
    deploy(env, consumer, "1");
    String read = "/treaty/v1/can-i-deploy?application=" + producer + "&version=1&environment=" + env;

    JsonNode asked = http.get(read).json();
    assertThat(recorded(producer)).isEmpty();

    Http.Answer failed = ask(Map.of("application", producer, "version", "1", "environment", env,
        "buildUrl", "https://ci.example/run/41"));
    assertThat(failed.status()).as(failed.text()).isEqualTo(200);
    assertThat(failed.json()).isEqualTo(asked);
    Http.Answer passed = ask(Map.of("application", producer, "version", "2", "environment", env));
    assertThat(passed.json().path("deployable").asBoolean()).isTrue();

    List<JsonNode> events = recorded(producer);
    assertThat(events).extracting(e -> e.path("type").asText()).containsExactly("CAN_I_DEPLOY_PASSED", "CAN_I_DEPLOY_FAILED");
    assertThat(events.get(1).path("detail").toString()).isEqualTo("{\"application\":\"" + producer
        + "\",\"buildUrl\":\"https://ci.example/run/41\",\"environment\":\"" + env
        + "\",\"failingPairs\":\"1\",\"pairs\":\"1\",\"pastSunset\":\"0\",\"version\":\"1\"}");
    assertThat(events.get(0).path("detail").path("failingPairs").asText()).isEqualTo("0");
    // the audit trail's filters find it by type and environment, like a deployment
    assertThat(http.get("/treaty/v1/events/recent?type=CAN_I_DEPLOY_FAILED&environment=" + env).json())
        .extracting(e -> e.path("detail").path("version").asText()).containsExactly("1");
  }

  @Test
  void againstTheLatestVersionsAndRequiringVerificationTheEventSaysSo() {
    String producer = name("orders");
    String consumer = name("billing");
    String s = subject();
    publish(producer, "3", List.of(entry(s, avro("O", "id"))), List.of());
    publish(consumer, "1", List.of(), List.of(entry(s, avro("O", "id"))));

    JsonNode answer = ask(Map.of("application", producer, "version", "3", "latest", true, "requireVerification", true))
        .json();
    assertThat(answer.path("deployable").asBoolean()).isFalse();
    assertThat(answer.path("verifications").get(0).path("status").asText()).isEqualTo("MISSING");
    JsonNode event = recorded(producer).get(0);
    assertThat(event.path("type").asText()).isEqualTo("CAN_I_DEPLOY_FAILED");
    assertThat(event.path("detail").path("latest").asText()).isEqualTo("true");
    assertThat(event.path("detail").path("unverifiedPairs").asText()).isEqualTo("1");
    assertThat(event.path("detail").path("failingPairs").asText()).isEqualTo("0");
  }

  @Test
  void aQuestionThatCannotBeAnsweredIsRefusedAndRecordsNothing() {
    String env = name("prod");
    String app = name("shop");
    publish(app, "1", List.of(entry(subject(), avro("S", "id"))), List.of());
    http.put("/treaty/v1/environments/" + env, "");

    assertThat(ask(Map.of("application", app, "environment", env)).status()).isEqualTo(422);
    assertThat(ask(Map.of("application", app, "version", "1")).status()).isEqualTo(422);
    assertThat(ask(Map.of("application", app, "version", "1", "environment", env, "latest", true)).status())
        .isEqualTo(422);
    assertThat(ask(Map.of("application", app, "version", "9", "environment", env)).status()).isEqualTo(404);
    assertThat(ask(Map.of("application", app, "version", "1", "environment", name("nowhere"))).status()).isEqualTo(404);
    Map<String, Object> longUrl = new HashMap<>(Map.of("application", app, "version", "1", "environment", env));
    longUrl.put("buildUrl", "https://ci.example/" + "x".repeat(2048));
    assertThat(ask(longUrl).status()).isEqualTo(422);
    assertThat(http.post("/treaty/v1/can-i-deploy", "{").status()).isEqualTo(400);
    assertThat(recorded(app)).isEmpty();
  }

  private static Http.Answer ask(Map<String, ?> body) {
    return http.post("/treaty/v1/can-i-deploy", Http.json(body));
  }

  /** The application's recorded can-i-deploy events, newest first. */
  private static List<JsonNode> recorded(String application) {
    List<JsonNode> events = new ArrayList<>();
    http.get("/treaty/v1/events/recent?application=" + application).json().forEach(e -> {
      if (e.path("type").asText().startsWith("CAN_I_DEPLOY")) {
        events.add(e);
      }
    });
    return events;
  }
}
