package dev.treaty.registry.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Creating, changing and removing a webhook and replaying a delivery are events in the feed, with
 * who did it; since every reader reads the feed, they name the receiver's origin and never the
 * URL's path or query, a secret or a header value. They reach webhooks like any event.
 */
class WebhookAuditTest extends WebhookTest {

  @BeforeAll
  static void start() {
    startWith(FAST);
  }

  @Test
  void webhookChangesAndReplaysAreInTheAuditTrailWithoutSecrets() throws Exception {
    String watcher = post(Map.of("url", receiver.url("/watch"), "eventTypes", List.of("webhook.created"))).path("id")
        .asText();
    JsonNode created = post(Map.of("url", receiver.url("/services/T000/B000/sekrit-token?key=abc"),
        "eventTypes", List.of("schema.registered"), "environment", "prod", "secret", SECRET,
        "headers", Map.of("Authorization", "Bearer sesame")));
    String id = created.path("id").asText();

    // the second creation reached the webhook that listens for them; its own did not: a webhook is
    // written with its creation event in one transaction, and takes events once that has committed
    for (Receiver.Request told : receiver.await(r -> r.path().equals("/watch"), 1, 10_000)) {
      assertThat(JSON.readTree(told.body()).path("type").asText()).isEqualTo("dev.treaty.webhook.created");
      assertThat(told.body()).doesNotContain("sekrit").doesNotContain(SECRET).doesNotContain("sesame");
    }

    Http.Answer changed = http.put("/treaty/v1/webhooks/" + id, Http.json(Map.of(
        "url", receiver.url("/services/T000/B000/other-token"), "eventTypes", List.of("schema.registered", "config.changed"),
        "rotateSecret", true, "enabled", false)));
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    long createdEvent = only("WEBHOOK_CREATED", id).path("id").asLong();
    long delivery = -1;
    for (JsonNode delivered : awaitStatus(http, watcher, "delivered", 1)) {
      if (delivered.path("eventId").asLong() == createdEvent) {
        delivery = delivered.path("id").asLong();
      }
    }
    assertThat(http.post("/treaty/v1/webhooks/" + watcher + "/deliveries/" + delivery + "/replay", "").status())
        .isEqualTo(200);
    assertThat(http.delete("/treaty/v1/webhooks/" + id).status()).isEqualTo(200);

    String origin = receiver.url("");
    JsonNode create = only("WEBHOOK_CREATED", id);
    assertThat(create.path("actor").asText()).isNotBlank();
    assertThat(create.path("detail").toString()).isEqualTo("{\"enabled\":\"true\",\"environmentFilter\":\"prod\","
        + "\"eventTypes\":\"schema.registered\",\"format\":\"cloudevents\",\"receiver\":\"" + origin + "\",\"webhook\":\""
        + id + "\"}");
    assertThat(only("WEBHOOK_UPDATED", id).path("detail").toString()).isEqualTo(
        "{\"new.enabled\":\"false\",\"new.eventTypes\":\"schema.registered config.changed\","
            + "\"old.enabled\":\"true\",\"old.eventTypes\":\"schema.registered\",\"receiver\":\"" + origin
            + "\",\"secretsChanged\":\"true\",\"urlPathChanged\":\"true\",\"webhook\":\"" + id + "\"}");
    JsonNode replay = only("WEBHOOK_DELIVERY_REPLAYED", watcher);
    assertThat(replay.path("detail").path("delivery").asText()).isEqualTo(Long.toString(delivery));
    assertThat(replay.path("detail").path("eventType").asText()).isEqualTo("WEBHOOK_CREATED");
    assertThat(replay.path("detail").path("event").asLong()).isEqualTo(createdEvent);
    assertThat(only("WEBHOOK_DELETED", id).path("detail").path("receiver").asText()).isEqualTo(origin);

    String feed = http.get("/treaty/v1/events/recent?limit=500").text();
    assertThat(feed).doesNotContain("sekrit").doesNotContain("other-token").doesNotContain("key=abc")
        .doesNotContain("sesame").doesNotContain("whsec_");
  }

  private static JsonNode post(Map<String, ?> body) {
    Http.Answer answer = http.post("/treaty/v1/webhooks", Http.json(body));
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.json();
  }

  /** The one event of that type about that webhook. */
  private static JsonNode only(String type, String webhook) {
    List<JsonNode> found = new ArrayList<>();
    http.get("/treaty/v1/events/recent?type=" + type).json().forEach(e -> {
      if (e.path("detail").path("webhook").asText().equals(webhook)) {
        found.add(e);
      }
    });
    assertThat(found).as("%s events of webhook %s", type, webhook).hasSize(1);
    return found.get(0);
  }
}
