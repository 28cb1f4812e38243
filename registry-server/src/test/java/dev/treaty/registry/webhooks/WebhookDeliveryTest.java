package dev.treaty.registry.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import dev.treaty.registry.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deliveries to a real receiver: signed as Standard Webhooks says, a CloudEvents body, retried with
 * growing gaps, dead after the last attempt, delivered once on replay. Retry timing is shortened
 * (300 ms doubling, 4 attempts) so the test takes seconds.
 */
class WebhookDeliveryTest extends WebhookTest {

  @BeforeAll
  static void start() {
    startWith(FAST);
  }

  @Test
  void aRegistrationIsDeliveredOnceSignedAsACloudEvent() throws Exception {
    String id = create(http, receiver.url("/signed"), "signed-");
    long before = System.currentTimeMillis() / 1000;
    Http.Answer registered = http.post("/subjects/signed-orders/versions",
        Http.json(Map.of("schema", "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[]}")));
    assertThat(registered.status()).as(registered.text()).isEqualTo(200);

    List<Receiver.Request> got = receiver.await(r -> r.path().equals("/signed"), 1, 10_000);
    Thread.sleep(300);
    assertThat(receiver.requests(r -> r.path().equals("/signed"))).hasSize(1);
    Receiver.Request request = got.get(0);
    assertThat(request.header("content-type")).isEqualTo("application/cloudevents+json");
    assertThat(Long.parseLong(request.header("webhook-timestamp"))).isBetween(before - 1, before + 30);
    assertThat(Signatures.verify(SECRET, request.header("webhook-id"), request.header("webhook-timestamp"),
        request.body(), request.header("webhook-signature"))).isTrue();
    assertThat(Signatures.verify(SECRET, request.header("webhook-id"), request.header("webhook-timestamp"),
        request.body() + " ", request.header("webhook-signature"))).as("a changed body fails").isFalse();
    // and as a receiver using the specification's own Java library would (it throws when it does not verify)
    new Webhook(SECRET).verify(request.body(), Map.of(
        "webhook-id", List.of(request.header("webhook-id")),
        "webhook-timestamp", List.of(request.header("webhook-timestamp")),
        "webhook-signature", List.of(request.header("webhook-signature"))));
    assertThatThrownBy(() -> new Webhook(Secrets.generate()).verify(request.body(), Map.of(
        "webhook-id", List.of(request.header("webhook-id")),
        "webhook-timestamp", List.of(request.header("webhook-timestamp")),
        "webhook-signature", List.of(request.header("webhook-signature"))))).isInstanceOf(WebhookVerificationException.class);

    JsonNode event = JSON.readTree(request.body());
    assertThat(event.path("specversion").asText()).isEqualTo("1.0");
    assertThat(event.path("type").asText()).isEqualTo("dev.treaty.schema.registered");
    assertThat(event.path("subject").asText()).isEqualTo("signed-orders");
    assertThat(event.path("id").asText()).isEqualTo(request.header("webhook-id"));
    assertThat(event.path("source").asText()).startsWith("urn:uuid:");
    assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
    assertThat(event.path("data").path("schemaId").asInt()).isEqualTo(registered.json().path("id").asInt());
    assertThat(event.path("data").path("version").asInt()).isEqualTo(1);
    JsonNode feed = http.get("/treaty/v1/events?after=0&limit=1000").json();
    List<String> registeredIds = new ArrayList<>();
    feed.forEach(e -> {
      if (e.path("subject").asText().equals("signed-orders")) {
        registeredIds.add(e.path("id").asText());
      }
    });
    assertThat(registeredIds).containsExactly(event.path("id").asText());

    JsonNode log = awaitStatus(http, id, "delivered", 1);
    assertThat(log.get(0).path("attempts").asInt()).isEqualTo(1);
    assertThat(log.get(0).path("lastStatusCode").asInt()).isEqualTo(200);
    assertThat(log.get(0).path("eventType").asText()).isEqualTo("schema.registered");
    assertThat(http.get("/metrics").text()).containsPattern("treaty_webhook_deliveries_total\\{outcome=\"delivered\"} [1-9]");
  }

  @Test
  void aFailingReceiverIsRetriedWithGrowingGapsThenDeadThenReplayedOnce() throws Exception {
    receiver.answer(503);
    try {
      String id = create(http, receiver.url("/flaky"), "flaky-");
      http.post("/subjects/flaky-orders/versions",
          Http.json(Map.of("schema", "{\"type\":\"record\",\"name\":\"Flaky\",\"fields\":[]}")));

      JsonNode dead = awaitStatus(http, id, "dead", 1);
      assertThat(dead.get(0).path("attempts").asInt()).isEqualTo(4);
      assertThat(dead.get(0).path("lastError").asText()).startsWith("HTTP 503");
      assertThat(dead.get(0).path("lastStatusCode").asInt()).isEqualTo(503);
      List<Receiver.Request> attempts = receiver.requests(r -> r.path().equals("/flaky"));
      assertThat(attempts).hasSize(4);
      // 300 ms doubling with equal jitter: retry n waits at least 150 * 2^(n-1) ms after attempt n
      // arrived (it is scheduled when that attempt's answer came), at most 300 * 2^(n-1) plus a poll.
      for (int i = 1; i < attempts.size(); i++) {
        long gap = attempts.get(i).receivedAt() - attempts.get(i - 1).receivedAt();
        assertThat(gap).as("gap %d", i).isGreaterThanOrEqualTo(150L << (i - 1));
      }
      long first = attempts.get(1).receivedAt() - attempts.get(0).receivedAt();
      long last = attempts.get(3).receivedAt() - attempts.get(2).receivedAt();
      assertThat(last).as("the gaps grow").isGreaterThan(first);
      assertThat(attempts).extracting(r -> r.header("webhook-id")).containsOnly(attempts.get(0).header("webhook-id"));

      receiver.answer(204);
      long delivery = dead.get(0).path("id").asLong();
      Http.Answer replay = http.post("/treaty/v1/webhooks/" + id + "/deliveries/" + delivery + "/replay", "");
      assertThat(replay.status()).as(replay.text()).isEqualTo(200);
      assertThat(replay.json().path("status").asText()).isEqualTo("pending");
      awaitStatus(http, id, "delivered", 1);
      Thread.sleep(300);
      assertThat(receiver.requests(r -> r.path().equals("/flaky"))).hasSize(5);
      assertThat(http.post("/treaty/v1/webhooks/" + id + "/deliveries/" + delivery + "/replay", "").status())
          .as("a delivered delivery may be sent again on demand").isEqualTo(200);
    } finally {
      receiver.answer(200);
    }
  }
}
