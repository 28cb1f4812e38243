package dev.treaty.registry.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where delivery stops: a webhook's queue is bounded (what does not fit is counted, not queued),
 * a receiver that answers 410 Gone is disabled, and only allowed hosts are called.
 */
class WebhookLimitsTest extends WebhookTest {

  @BeforeAll
  static void start() {
    // a queue of two, and retries an hour apart: failed deliveries stay pending throughout the test
    startWith(new WebhookConfig(8, 3_600_000, 3_600_000, 2, 50, 2_000, 2, List.of("127.0.0.1"), 30));
  }

  @Test
  void eventsBeyondAFullQueueAreCountedAsOverflowInsteadOfQueued() throws Exception {
    receiver.answer(503);
    try {
      String id = create(http, receiver.url("/full"), "full-");
      for (int i = 0; i < 5; i++) {
        register("full-" + i);
      }
      JsonNode webhook = http.get("/treaty/v1/webhooks/" + id).json();
      assertThat(webhook.path("overflowed").asInt()).isEqualTo(3);
      assertThat(http.get("/treaty/v1/webhooks/" + id + "/deliveries").json()).hasSize(2);
      assertThat(http.get("/metrics").text()).contains("treaty_webhook_deliveries_total{outcome=\"overflowed\"} 3.0");
      receiver.await(r -> r.path().equals("/full"), 2, 5_000);
      assertThat(http.get("/metrics").text()).containsPattern("treaty_webhook_queue_depth [1-9]");
    } finally {
      receiver.answer(200);
    }
  }

  @Test
  void aReceiverThatAnswersGoneIsDisabled() throws Exception {
    receiver.answer(410);
    try {
      String id = create(http, receiver.url("/gone"), "gone-");
      register("gone-1");
      JsonNode dead = awaitStatus(http, id, "dead", 1);
      assertThat(dead.get(0).path("attempts").asInt()).isEqualTo(1);
      assertThat(dead.get(0).path("lastError").asText()).contains("410").contains("disabled");
      assertThat(http.get("/treaty/v1/webhooks/" + id).json().path("enabled").asBoolean()).isFalse();
      Thread.sleep(200);
      register("gone-2");
      Thread.sleep(200);
      assertThat(http.get("/treaty/v1/webhooks/" + id + "/deliveries").json()).hasSize(1);
    } finally {
      receiver.answer(200);
    }
  }

  @Test
  void onlyHostsOnTheAllowListMayBeCalled() {
    Http.Answer refused = http.post("/treaty/v1/webhooks", Http.json(Map.of(
        "url", "http://localhost:9/x", "eventTypes", List.of("*"))));
    assertThat(refused.errorCode()).isEqualTo(42240);
    assertThat(refused.json().path("message").asText()).contains("webhooks.allowed.hosts");
  }

  private static void register(String subject) {
    Http.Answer answer = http.post("/subjects/" + subject + "/versions",
        Http.json(Map.of("schema", "{\"type\":\"record\",\"name\":\"L\",\"fields\":[]}")));
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }
}
