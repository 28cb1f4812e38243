package dev.treaty.registry.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.TestRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deliveries live in the database: events registered while the receiver is down, with the
 * registry stopped and started again on its file database, all arrive once the receiver is back.
 */
class WebhookRestartTest {

  @Test
  void deliveriesQueuedBeforeARestartAreDeliveredAfterIt() throws Exception {
    Path dir = Files.createTempDirectory("treaty-webhook-restart");
    String url = "jdbc:h2:file:" + dir.resolve("treaty").toAbsolutePath()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    ServerConfig config = ServerConfig.defaults().withDatabase(url, null, null)
        .withWebhooks(new WebhookConfig(50, 100, 400, 1_000, 50, 2_000, 2, List.of(), 30));
    try (Receiver receiver = Receiver.start()) {
      receiver.stop();
      String webhook;
      try (TestRegistry before = TestRegistry.on(config)) {
        webhook = WebhookTest.create(before.http(), receiver.url("/restart"), "restart-");
        for (int i = 0; i < 3; i++) {
          Http.Answer registered = before.http().post("/subjects/restart-" + i + "/versions",
              Http.json(Map.of("schema", "{\"type\":\"record\",\"name\":\"R" + i + "\",\"fields\":[]}")));
          assertThat(registered.status()).as(registered.text()).isEqualTo(200);
        }
        // the receiver refuses connections: each delivery is being retried when the registry stops
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && !allTried(before.http(), webhook)) {
          Thread.sleep(50);
        }
        assertThat(allTried(before.http(), webhook)).isTrue();
      }
      receiver.restart();
      try (TestRegistry after = TestRegistry.on(config)) {
        WebhookTest.awaitStatus(after.http(), webhook, "delivered", 3);
        Thread.sleep(300);
        List<Receiver.Request> got = receiver.requests();
        assertThat(got).hasSize(3);
        assertThat(got).extracting(r -> r.header("webhook-id")).doesNotHaveDuplicates();
        assertThat(after.http().get("/treaty/v1/webhooks/" + webhook + "/deliveries").json().get(0)
            .path("attempts").asInt()).isGreaterThan(1);
      }
    }
  }

  private static boolean allTried(Http http, String webhook) {
    var log = http.get("/treaty/v1/webhooks/" + webhook + "/deliveries?status=pending").json();
    if (log.size() != 3) {
      return false;
    }
    for (var delivery : log) {
      if (delivery.path("attempts").asInt() < 1 || !delivery.path("lastError").asText().contains("Connect")) {
        return false;
      }
    }
    return true;
  }
}
