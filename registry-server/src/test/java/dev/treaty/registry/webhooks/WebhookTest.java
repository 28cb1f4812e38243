package dev.treaty.registry.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.registry.Backend;
import dev.treaty.registry.Http;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.TestRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/**
 * One registry on H2 with webhook settings of the test's choosing and one {@link Receiver} for the
 * tests of a class; the class's {@code @BeforeAll} calls {@link #startWith}. Helpers to subscribe
 * and to wait for deliveries.
 */
abstract class WebhookTest {

  static final String SECRET = "whsec_dHJlYXR5LXdlYmhvb2stdGVzdC1zZWNyZXQtMDAwMQ==";
  /** 300 ms doubling, 4 attempts, a poll every 50 ms: retries and dead letters within seconds. */
  static final WebhookConfig FAST = new WebhookConfig(4, 300, 5_000, 1_000, 50, 2_000, 2, List.of(), 30);
  static final ObjectMapper JSON = new ObjectMapper();

  static TestRegistry registry;
  static Http http;
  static Receiver receiver;

  static void startWith(WebhookConfig config) {
    registry = TestRegistry.start(Backend.H2, ServerConfig.defaults().withWebhooks(config));
    http = registry.http();
    receiver = Receiver.start();
  }

  @AfterAll
  static void stop() {
    registry.close();
    receiver.close();
  }

  /** A webhook for every event under a subject prefix, signed with {@link #SECRET}; its id. */
  static String create(Http http, String url, String prefix) {
    Http.Answer created = http.post("/treaty/v1/webhooks", Http.json(Map.of(
        "url", url, "eventTypes", List.of("*"), "subjectPrefix", prefix, "secret", SECRET)));
    assertThat(created.status()).as(created.text()).isEqualTo(200);
    return created.json().path("id").asText();
  }

  /** Waits until the webhook's log has {@code count} deliveries of that status; the log's entries of it. */
  static JsonNode awaitStatus(Http http, String id, String status, int count) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20_000;
    JsonNode log = http.get("/treaty/v1/webhooks/" + id + "/deliveries?status=" + status).json();
    while (log.size() < count && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
      log = http.get("/treaty/v1/webhooks/" + id + "/deliveries?status=" + status).json();
    }
    assertThat(log.size()).as("deliveries %s of webhook %s", status, id).isEqualTo(count);
    return log;
  }
}
