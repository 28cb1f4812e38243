package dev.treaty.registry.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Managing subscriptions over {@code /treaty/v1/webhooks}: validation, secrets shown once, filters, formats. */
class WebhooksApiTest extends WebhookTest {

  @BeforeAll
  static void start() {
    startWith(FAST);
  }

  @Test
  void aGeneratedSecretIsShownOnlyInTheAnswerThatCreatedIt() {
    JsonNode created = post(Map.of("url", receiver.url("/generated"), "eventTypes", List.of("schema.registered")))
        .json();
    String secret = created.path("secrets").get(0).asText();
    assertThat(Secrets.problem(secret)).isNull();
    assertThat(created.path("secretCount").asInt()).isEqualTo(1);
    String id = created.path("id").asText();
    JsonNode shown = http.get("/treaty/v1/webhooks/" + id).json();
    assertThat(shown.has("secrets")).isFalse();
    assertThat(shown.path("secretCount").asInt()).isEqualTo(1);
    assertThat(http.get("/treaty/v1/webhooks").text()).doesNotContain(secret);

    JsonNode rotated = http.put("/treaty/v1/webhooks/" + id, "{\"rotateSecret\":true}").json();
    assertThat(rotated.path("secrets")).hasSize(2);
    assertThat(rotated.path("secrets").get(0).asText()).isEqualTo(secret);
    assertThat(http.get("/treaty/v1/webhooks/" + id).json().path("secretCount").asInt()).isEqualTo(2);
  }

  @Test
  void invalidSubscriptionsAreRefusedWithAConfluentErrorAndNothingStored() {
    int before = http.get("/treaty/v1/webhooks").json().size();
    List<Map<String, Object>> bad = List.of(
        Map.of("url", "ftp://127.0.0.1/x", "eventTypes", List.of("*")),
        Map.of("url", "file:///etc/passwd", "eventTypes", List.of("*")),
        Map.of("url", "not a url", "eventTypes", List.of("*")),
        Map.of("eventTypes", List.of("*")),
        Map.of("url", receiver.url("/x"), "eventTypes", List.of("schema.exploded")),
        Map.of("url", receiver.url("/x"), "eventTypes", List.of()),
        Map.of("url", receiver.url("/x"), "eventTypes", List.of("*"), "secret", "not-a-secret"),
        Map.of("url", receiver.url("/x"), "eventTypes", List.of("*"), "secret", "whsec_c2hvcnQ="),
        Map.of("url", receiver.url("/x"), "eventTypes", List.of("*"), "headers", Map.of("webhook-id", "x")),
        Map.of("url", receiver.url("/x"), "eventTypes", List.of("*"), "headers", Map.of("X-A", "a\r\nX-B: b")),
        Map.of("url", receiver.url("/x"), "eventTypes", List.of("*"), "format", "xml"));
    for (Map<String, Object> body : bad) {
      Http.Answer answer = post(body);
      assertThat(answer.status()).as(body.toString()).isEqualTo(422);
      assertThat(answer.errorCode()).as(body.toString()).isEqualTo(42240);
      assertThat(answer.json().path("message").asText()).isNotBlank();
    }
    assertThat(http.post("/treaty/v1/webhooks", "{not json").errorCode()).isEqualTo(400);
    assertThat(http.get("/treaty/v1/webhooks").json().size()).isEqualTo(before);
    assertThat(http.get("/treaty/v1/webhooks/nope").errorCode()).isEqualTo(40440);
    assertThat(http.delete("/treaty/v1/webhooks/nope").errorCode()).isEqualTo(40440);
    String id = post(Map.of("url", receiver.url("/x"), "eventTypes", List.of("*"))).json().path("id").asText();
    assertThat(http.post("/treaty/v1/webhooks/" + id + "/deliveries/999999/replay", "").errorCode()).isEqualTo(40441);
    assertThat(http.get("/treaty/v1/webhooks/" + id + "/deliveries?status=lost").errorCode()).isEqualTo(42240);
  }

  @Test
  void theTestRequestSendsASignedPingAndSaysHowItWent() throws Exception {
    String secret = SECRET;
    String id = post(Map.of("url", receiver.url("/ping"), "eventTypes", List.of("*"), "secret", secret,
        "headers", Map.of("Authorization", "Bearer sesame"))).json().path("id").asText();
    assertThat(http.get("/treaty/v1/webhooks/" + id).json().path("headers").path("Authorization").asText())
        .isEqualTo("****");
    JsonNode ping = http.post("/treaty/v1/webhooks/" + id + "/test", "").json();
    assertThat(ping.path("delivered").asBoolean()).isTrue();
    assertThat(ping.path("statusCode").asInt()).isEqualTo(200);
    Receiver.Request request = receiver.requests(r -> r.path().equals("/ping")).get(0);
    assertThat(request.header("authorization")).isEqualTo("Bearer sesame");
    assertThat(JSON.readTree(request.body()).path("type").asText()).isEqualTo("dev.treaty.webhook.ping");
    assertThat(Signatures.verify(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
        request.body(), request.header("webhook-signature"))).isTrue();

    String gone = post(Map.of("url", "http://127.0.0.1:1/closed", "eventTypes", List.of("*"))).json().path("id").asText();
    JsonNode failed = http.post("/treaty/v1/webhooks/" + gone + "/test", "").json();
    assertThat(failed.path("delivered").asBoolean()).isFalse();
    assertThat(failed.path("error").asText()).isNotBlank();
  }

  @Test
  void onlyEventsOfTheChosenTypesAndSubjectsAreDelivered() throws Exception {
    String id = post(Map.of("url", receiver.url("/filtered"), "eventTypes", List.of("config.changed"),
        "subjectPrefix", "billing.")).json().path("id").asText();
    http.put("/config/orders.x", "{\"compatibility\":\"NONE\"}");
    http.post("/subjects/billing.invoices/versions",
        Http.json(Map.of("schema", "{\"type\":\"record\",\"name\":\"I\",\"fields\":[]}")));
    http.put("/config/billing.invoices", "{\"compatibility\":\"FULL\"}");
    List<Receiver.Request> got = receiver.await(r -> r.path().equals("/filtered"), 1, 10_000);
    Thread.sleep(300);
    assertThat(receiver.requests(r -> r.path().equals("/filtered"))).hasSize(1);
    JsonNode event = JSON.readTree(got.get(0).body());
    assertThat(event.path("type").asText()).isEqualTo("dev.treaty.config.changed");
    assertThat(event.path("subject").asText()).isEqualTo("billing.invoices");
    assertThat(event.path("data").path("detail").toString()).contains("\"FULL\"");

    http.put("/treaty/v1/webhooks/" + id, "{\"enabled\":false}");
    http.put("/config/billing.invoices", "{\"compatibility\":\"BACKWARD\"}");
    Thread.sleep(300);
    assertThat(receiver.requests(r -> r.path().equals("/filtered"))).as("disabled").hasSize(1);
  }

  @Test
  void theGithubFormatWrapsTheEventForRepositoryDispatch() throws Exception {
    post(Map.of("url", receiver.url("/repos/acme/orders/dispatches"), "eventTypes", List.of("schema.registered"),
        "subjectPrefix", "gh-", "format", "github_dispatch", "headers", Map.of("Authorization", "Bearer t",
            "Accept", "application/vnd.github+json", "X-GitHub-Api-Version", "2022-11-28")));
    http.post("/subjects/gh-orders/versions",
        Http.json(Map.of("schema", "{\"type\":\"record\",\"name\":\"G\",\"fields\":[]}")));
    Receiver.Request request = receiver.await(r -> r.path().startsWith("/repos/"), 1, 10_000).get(0);
    JsonNode body = JSON.readTree(request.body());
    assertThat(body.path("event_type").asText()).isEqualTo("dev.treaty.schema.registered");
    assertThat(body.path("client_payload").size()).isLessThanOrEqualTo(10);
    assertThat(body.path("client_payload").path("subject").asText()).isEqualTo("gh-orders");
    assertThat(request.header("content-type")).isEqualTo("application/json");
    assertThat(request.header("x-github-api-version")).isEqualTo("2022-11-28");
  }

  private static Http.Answer post(Map<String, ?> body) {
    return http.post("/treaty/v1/webhooks", Http.json(body));
  }
}
