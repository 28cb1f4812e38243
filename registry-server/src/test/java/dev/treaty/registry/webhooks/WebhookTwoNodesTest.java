package dev.treaty.registry.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Backend;
import dev.treaty.registry.Http;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.TestRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL both deliver, polling the same queue: each event reaches the
 * receiver once, whichever node registered it and whichever node sent it.
 */
class WebhookTwoNodesTest {

  private static final int EVENTS = 30;

  @Test
  void twoNodesOnOnePostgresDeliverEachEventOnce() throws Exception {
    ServerConfig shared = ServerConfig.defaults().withDatabase(Backend.POSTGRES.freshDatabaseUrl(), null, null)
        .withWebhooks(new WebhookConfig(8, 100, 1_000, 1_000, 20, 2_000, 4, List.of(), 30));
    try (Receiver receiver = Receiver.start();
        TestRegistry first = TestRegistry.on(shared);
        TestRegistry second = TestRegistry.on(shared)) {
      receiver.delay(30);
      String webhook = WebhookTest.create(first.http(), receiver.url("/both"), "both-");
      // the second node learns of a webhook made on the first at its next poll
      Thread.sleep(200);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<Http.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < EVENTS; i++) {
        Http node = (i % 2 == 0 ? first : second).http();
        String subject = "both-" + i;
        answers.add(pool.submit(() -> node.post("/subjects/" + subject + "/versions",
            Http.json(Map.of("schema", "{\"type\":\"record\",\"name\":\"B\",\"fields\":[]}")))));
      }
      for (Future<Http.Answer> answer : answers) {
        assertThat(answer.get().status()).as(answer.get().text()).isEqualTo(200);
      }
      pool.shutdown();

      WebhookTest.awaitStatus(first.http(), webhook, "delivered", EVENTS);
      Thread.sleep(500);
      Map<String, Long> perEvent = receiver.requests().stream()
          .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
      assertThat(perEvent).hasSize(EVENTS);
      assertThat(perEvent.values()).containsOnly(1L);
      assertThat(receiver.requests()).extracting(Receiver.Request::path).containsOnly("/both");
      long byFirst = delivered(first);
      long bySecond = delivered(second);
      assertThat(byFirst + bySecond).isEqualTo(EVENTS);
      assertThat(byFirst).as("the first node delivered some").isPositive();
      assertThat(bySecond).as("the second node delivered some").isPositive();
    }
  }

  private static long delivered(TestRegistry node) {
    Matcher count = Pattern.compile("treaty_webhook_deliveries_total\\{outcome=\"delivered\"} ([0-9.]+)")
        .matcher(node.http().get("/metrics").text());
    assertThat(count.find()).isTrue();
    return (long) Double.parseDouble(count.group(1));
  }
}
