package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.treaty.registry.Backend;
import dev.treaty.registry.Http;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.TestRegistry;
import dev.treaty.registry.webhooks.WebhookConfig;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Webhooks page in headless Chromium: subscriptions, a dead letter with its last error, and
 * the Replay button that delivers it once the receiver is back.
 */
class WebhooksUiTest extends UiTest {

  private static final AtomicInteger STATUS = new AtomicInteger(500);
  private static final AtomicInteger RECEIVED = new AtomicInteger();
  private static HttpServer receiver;
  private static String webhook;

  @BeforeAll
  static void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    receiver.createContext("/", exchange -> {
      RECEIVED.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(STATUS.get(), -1);
      exchange.close();
    });
    receiver.start();
    // one attempt only: the first failure makes a dead letter at once
    registry = TestRegistry.start(Backend.H2, ServerConfig.defaults()
        .withWebhooks(new WebhookConfig(1, 100, 1_000, 100, 50, 2_000, 1, List.of(), 30)));
    http = registry.http();
    Http.Answer created = http.post("/treaty/v1/webhooks", Http.json(Map.of(
        "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/ci", "eventTypes", List.of("schema.registered"),
        "subjectPrefix", "ui-")));
    assertThat(created.status()).as(created.text()).isEqualTo(200);
    webhook = created.json().path("id").asText();
    http.post("/subjects/ui-orders/versions", Http.json(Map.of("schema", "{\"type\":\"record\",\"name\":\"U\",\"fields\":[]}")));
    long deadline = System.currentTimeMillis() + 10_000;
    while (http.get("/treaty/v1/webhooks/" + webhook + "/deliveries?status=dead").json().size() == 0
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    openBrowser();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.stop(0);
  }

  @Test
  void aDeadLetterShowsItsErrorAndIsReplayedFromThePage() {
    browser.open("#/webhooks?status=dead");
    browser.awaitText("#webhooks", "schema.registered");
    assertThat(browser.await("#webhooks tbody tr").getText()).contains("subject ui-*").contains("enabled");
    browser.awaitText("#deliveries", "dead");
    assertThat(browser.await("#deliveries tbody tr").getText()).contains("schema.registered").contains("ui-orders")
        .contains("HTTP 500");
    browser.screenshot("webhooks");

    STATUS.set(200);
    int before = RECEIVED.get();
    browser.await("#deliveries button.replay").click();
    long deadline = System.currentTimeMillis() + 10_000;
    while (http.get("/treaty/v1/webhooks/" + webhook + "/deliveries?status=delivered").json().size() == 0
        && System.currentTimeMillis() < deadline) {
      sleep();
    }
    assertThat(RECEIVED.get()).isEqualTo(before + 1);
    new org.openqa.selenium.support.ui.Select(browser.await("#delivery-status")).selectByValue("delivered");
    browser.awaitText("#deliveries", "delivered");
  }

  @Test
  void theTestButtonReportsWhatTheReceiverAnswered() {
    STATUS.set(200);
    browser.open("#/webhooks");
    browser.await("#webhook-test").click();
    browser.awaitText("#webhook-ping", "Test event delivered: HTTP 200");
  }

  /** Added from the form, its secret shown once, then disabled and removed behind a confirmation. */
  @Test
  void anAdminAddsAWebhookSeesItsSecretOnceThenDisablesAndRemovesIt() {
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/form";
    browser.open("#/webhooks");
    browser.await("#webhook-url").sendKeys(url);
    browser.await("#webhook-eventTypes").sendKeys("schema.exploded");
    browser.await("#webhook-add-submit").click();
    browser.awaitText("#webhook-add-status", "Unknown event type");
    browser.await("#webhook-eventTypes").clear();
    browser.await("#webhook-eventTypes").sendKeys("schema.registered, can_i_deploy.failed");
    browser.await("#webhook-environment").sendKeys("prod");
    browser.await("#webhook-add-submit").click();

    String secret = browser.await("#webhook-secret").getText();
    assertThat(secret).startsWith("whsec_");
    assertThat(http.get("/treaty/v1/webhooks").text()).doesNotContain(secret);
    String id = browser.driver.getCurrentUrl().replaceFirst(".*webhook=", "");
    String row = "#webhooks tr[data-webhook='" + id + "']";
    assertThat(browser.await(row).getText()).contains(url).contains("schema.registered, can_i_deploy.failed")
        .contains("environment prod").contains("enabled");
    browser.screenshot("webhooks-added");

    browser.await("#webhook-toggle").click();
    browser.awaitText(row, "disabled");
    assertThat(http.get("/treaty/v1/webhooks/" + id).json().path("enabled").asBoolean()).isFalse();
    assertThat(browser.all("#webhook-secret")).as("shown once").isEmpty();

    browser.await("#webhook-remove").click();
    browser.await("#webhook-remove-confirm").click();
    long deadline = System.currentTimeMillis() + 10_000;
    while (http.get("/treaty/v1/webhooks/" + id).status() != 404 && System.currentTimeMillis() < deadline) {
      sleep();
    }
    assertThat(http.get("/treaty/v1/webhooks/" + id).status()).isEqualTo(404);
    browser.awaitText("#webhooks", "schema.registered");
    assertThat(browser.all(row)).isEmpty();
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
