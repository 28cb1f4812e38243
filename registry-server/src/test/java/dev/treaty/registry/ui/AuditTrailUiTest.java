package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The audit trail and the contract gate in the browser: the activity page says what a change
 * replaced and narrows by type and actor; a subject's history tab lists its own events; a gated
 * subject wears its gate on its page and in the list.
 */
class AuditTrailUiTest extends UiTest {

  private static final String AUDITED = "audited-value";
  private static final String GATED = "gated-value";


  @BeforeAll
  static void start() {
    startRegistry();
    ok(http.post("/subjects/" + AUDITED + "/versions", Http.json(Map.of("schema", "\"string\""))));
    ok(as("carol", "/config/" + AUDITED, "{\"compatibility\":\"FULL\"}"));
    ok(as("carol", "/config/" + AUDITED, "{\"compatibility\":\"NONE\"}"));
    ok(as("dave", "/mode/" + AUDITED, "{\"mode\":\"READONLY\"}"));
    ok(http.post("/subjects/" + GATED + "/versions", Http.json(Map.of("schema", "\"long\""))));
    ok(http.put("/treaty/v1/applications/reader/versions/1.0.0/contract",
        Http.json(Map.of("consumes", List.of(Map.of("subject", GATED, "schema", "\"long\""))))));
    ok(http.post("/treaty/v1/environments/prod/deployments", Http.json(Map.of("application", "reader", "version", "1.0.0"))));
    ok(http.put("/treaty/v1/subjects/" + GATED + "/contract-gate", "{\"environment\":\"prod\"}"));
    pipelineAndWebhookEvents();
    openBrowser();
  }

  @Test
  void activityShowsTheOldAndNewValueOfAChangedLevel() {
    browser.open("#/activity");
    WebElement newest = browser.await("#events li[data-type=CONFIG_CHANGED]");
    assertThat(text(newest)).contains("carol changed the compatibility config of " + AUDITED)
        .contains("compatibility: FULL → NONE");
    WebElement mode = browser.await("#events li[data-type=MODE_CHANGED]");
    assertThat(text(mode)).contains("dave changed the mode of " + AUDITED).contains("mode: unset → READONLY");
    WebElement gate = browser.await("#events li[data-type=CONTRACT_GATE_SET]");
    assertThat(text(gate)).contains("environment prod");
  }

  @Test
  void activityNarrowsByTypeAndByActorAndKeepsTheFilterInTheAddress() {
    browser.open("#/activity");
    browser.await("#events li");
    new Select(browser.await("#filter-type")).selectByValue("CONFIG_CHANGED");
    browser.awaitText("#events", "FULL → NONE");
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .until(driver -> types().stream().allMatch("CONFIG_CHANGED"::equals));
    assertThat(types()).hasSize(2);
    assertThat(browser.driver.getCurrentUrl()).endsWith("#/activity?type=CONFIG_CHANGED");
    browser.screenshot("activity-filtered");

    browser.open("#/activity");
    browser.await("#events li[data-type=MODE_CHANGED] a.actor").click();
    browser.awaitText("h1", "Activity");
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .until(driver -> types().equals(List.of("MODE_CHANGED")));
    assertThat(browser.await("#filter-actor").getAttribute("value")).isEqualTo("dave");
  }

  @Test
  void aSubjectsHistoryTabListsItsOwnEventsWithWhatTheyReplaced() {
    browser.open("#/subjects/" + AUDITED);
    browser.await("#tab-history").click();
    browser.awaitText("#history", "mode: unset → READONLY");
    List<String> items = browser.all("#history > li").stream().map(AuditTrailUiTest::text).toList();
    assertThat(items).hasSize(4);
    assertThat(items.get(0)).contains("dave changed the mode of this subject");
    assertThat(items.get(1)).contains("compatibility: FULL → NONE");
    assertThat(items.get(2)).contains("compatibility: unset → FULL");
    assertThat(items.get(3)).contains("registered this subject version 1");
    assertThat(browser.await("#tab-history").getAttribute("aria-current")).isEqualTo("page");
    assertThat(browser.driver.findElement(org.openqa.selenium.By.id("history-more")).isDisplayed()).as("nothing older").isFalse();
    browser.screenshot("subject-history");
  }

  @Test
  void aGatedSubjectShowsItsGateOnItsPageAndInTheList() {
    browser.open("#/subjects/" + GATED);
    assertThat(browser.await("#subject-gate").getText()).isEqualTo("gated on prod");
    assertThat(browser.await("#subject-gate-note").getText()).contains("judged by the consumers deployed in prod");
    browser.screenshot("subject-gated");
    browser.open("#/subjects/" + AUDITED);
    browser.awaitText("#schema-title", "Version 1");
    assertThat(browser.all("#subject-gate")).isEmpty();

    browser.open("#/subjects");
    browser.await("#subjects");
    assertThat(rowText(GATED)).contains("prod");
    assertThat(rowText(AUDITED)).contains("—").doesNotContain("prod");
  }

  /** The level forbids int after long, the deployed consumer reads it: Check and registration both let it through. */
  @Test
  void checkAndRegistrationAgreeOnAGateOverrideAndTheTrailNamesWhatWasOverruled() {
    browser.open("#/check?subject=" + GATED);
    browser.await("#check-schema").sendKeys("\"int\"");
    browser.await("#check-run").click();
    browser.awaitText("#check-result", "would pass: the contract gate of prod");
    assertThat(browser.await("#check-judge-kind").getText()).isEqualTo("contract gate override");
    browser.screenshot("check-gate-override");

    Http.Answer registered = http.post("/subjects/" + GATED + "/versions", Http.json(Map.of("schema", "\"int\"")));
    ok(registered);
    browser.open("#/activity?type=CONTRACT_GATE_OVERRIDE");
    WebElement override = browser.await("#events li[data-type=CONTRACT_GATE_OVERRIDE]");
    assertThat(text(override)).contains("environment prod").contains("consumers reader").contains("overruled");
  }

  /** A pipeline's can-i-deploy that failed, and an admin's webhook made, changed and removed. */
  private static void pipelineAndWebhookEvents() {
    String paid = "{\"type\":\"record\",\"name\":\"Paid\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}%s]}";
    ok(http.put("/treaty/v1/applications/payments/versions/1.0.0/contract", Http.json(Map.of(
        "produces", List.of(Map.of("subject", "paid-value", "schema", paid.formatted("")))))));
    ok(http.put("/treaty/v1/applications/ledger/versions/1.0.0/contract", Http.json(Map.of("consumes",
        List.of(Map.of("subject", "paid-value", "schema", paid.formatted(",{\"name\":\"email\",\"type\":\"string\"}")))))));
    ok(http.post("/treaty/v1/environments/prod/deployments", Http.json(Map.of("application", "ledger", "version", "1.0.0"))));
    ok(http.post("/treaty/v1/can-i-deploy", Http.json(Map.of("application", "payments", "version", "1.0.0",
        "environment", "prod", "buildUrl", "https://ci.example/run/5"))));
    Http.Answer webhook = http.post("/treaty/v1/webhooks", Http.json(Map.of("url", "http://127.0.0.1:1/hooks/sekrit-token",
        "eventTypes", List.of("schema.registered"), "subjectPrefix", "nothing.")));
    ok(webhook);
    String id = webhook.json().path("id").asText();
    ok(http.put("/treaty/v1/webhooks/" + id, "{\"enabled\":false,\"rotateSecret\":true}"));
    ok(http.delete("/treaty/v1/webhooks/" + id));
  }

  @Test
  void aFailedCanIDeployAndWebhookChangesAreToldInTheActivityAndOfferedAsTypes() {
    browser.open("#/activity?type=CAN_I_DEPLOY_FAILED");
    WebElement failed = browser.await("#events li[data-type=CAN_I_DEPLOY_FAILED]");
    assertThat(text(failed)).contains("asked whether payments 1.0.0 can be deployed to prod: no (1 of 1 pair(s) fail)")
        .contains("build https://ci.example/run/5");
    assertThat(failed.findElement(org.openqa.selenium.By.cssSelector(".verdict-no")).getText()).isEqualTo("no");
    assertThat(new Select(browser.await("#filter-type")).getOptions()).extracting(o -> o.getAttribute("value"))
        .contains("CAN_I_DEPLOY_FAILED", "CAN_I_DEPLOY_PASSED", "WEBHOOK_CREATED", "WEBHOOK_UPDATED", "WEBHOOK_DELETED",
            "WEBHOOK_DELIVERY_REPLAYED", "APPLICATION_DESCRIBED");
    browser.screenshot("activity-can-i-deploy-failed");

    browser.open("#/activity?type=WEBHOOK_UPDATED");
    WebElement changed = browser.await("#events li[data-type=WEBHOOK_UPDATED]");
    assertThat(text(changed)).contains("changed the webhook to http://127.0.0.1:1").contains("secrets changed")
        .contains("enabled: true → false").doesNotContain("sekrit");
    browser.open("#/activity?type=WEBHOOK_CREATED");
    assertThat(text(browser.await("#events li[data-type=WEBHOOK_CREATED]"))).contains("created a webhook to http://127.0.0.1:1")
        .doesNotContain("sekrit");
    browser.open("#/activity?type=WEBHOOK_DELETED");
    assertThat(text(browser.await("#events li[data-type=WEBHOOK_DELETED]"))).contains("removed the webhook to http://127.0.0.1:1");
  }

  private static String rowText(String subject) {
    return browser.all("#subjects tbody tr").stream().map(AuditTrailUiTest::text)
        .filter(row -> row.startsWith(subject)).findFirst().orElseThrow();
  }

  private static List<String> types() {
    return browser.all("#events > li").stream().map(li -> li.getAttribute("data-type")).toList();
  }

  private static String text(WebElement element) {
    return element.getText().replaceAll("\\s+", " ").trim();
  }

  private static Http.Answer as(String user, String path, String body) {
    String basic = Base64.getEncoder().encodeToString((user + ":x").getBytes(StandardCharsets.UTF_8));
    return http.send(http.request(path).header("Authorization", "Basic " + basic)
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static void ok(Http.Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }
}
