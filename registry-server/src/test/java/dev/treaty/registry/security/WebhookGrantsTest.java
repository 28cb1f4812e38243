package dev.treaty.registry.security;

import static dev.treaty.registry.security.SecuredRegistry.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks see every event of every subject and make the server call URLs of their choosing, so
 * only an admin of every name manages them: an admin limited to {@code team-b.*}, a writer and a
 * reader are refused every webhook route, before the webhook is looked up, and change nothing.
 */
class WebhookGrantsTest {

  private static SecuredRegistry registry;
  private static String id;

  @BeforeAll
  static void start() {
    registry = SecuredRegistry.start(Map.of());
    Http.Answer added = registry.send(basic("admin"), "POST", "/treaty/v1/users",
        Http.json(Map.of("name", "carol", "password", SecuredRegistry.PASSWORD, "roles", List.of("admin:team-b.*"))));
    assertThat(added.status()).as(added.text()).isEqualTo(200);
    id = registry.send(basic("admin"), "POST", "/treaty/v1/webhooks",
        Http.json(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("*")))).json().path("id").asText();
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  @Test
  void onlyAnAdminOfEveryNameReachesAnyWebhookRoute() {
    String body = Http.json(Map.of("url", "http://169.254.169.254/latest/meta-data", "eventTypes", List.of("*"),
        "subjectPrefix", "team-b."));
    String before = registry.send(basic("admin"), "GET", "/treaty/v1/webhooks", null).text();
    for (String user : List.of("carol", "bob", "dave", "writer", "reader")) {
      for (String id : List.of(WebhookGrantsTest.id, "no-such-webhook")) {
        for (String[] route : new String[][] {
            {"GET", "/treaty/v1/webhooks", null}, {"POST", "/treaty/v1/webhooks", body},
            {"GET", "/treaty/v1/webhooks/" + id, null}, {"PUT", "/treaty/v1/webhooks/" + id, body},
            {"DELETE", "/treaty/v1/webhooks/" + id, null}, {"POST", "/treaty/v1/webhooks/" + id + "/test", null},
            {"GET", "/treaty/v1/webhooks/" + id + "/deliveries", null},
            {"POST", "/treaty/v1/webhooks/" + id + "/deliveries/1/replay", null}}) {
          Http.Answer answer = registry.send(basic(user), route[0], route[1], route[2]);
          assertThat(answer.status()).as(user + " " + route[0] + " " + route[1]).isEqualTo(403);
          assertThat(answer.errorCode()).isEqualTo(40301);
          assertThat(answer.text()).doesNotContain("127.0.0.1").doesNotContain("no webhook");
        }
      }
    }
    assertThat(registry.send(basic("admin"), "GET", "/treaty/v1/webhooks", null).text()).isEqualTo(before);
  }
}
