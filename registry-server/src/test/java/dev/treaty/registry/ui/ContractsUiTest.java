package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Contracts page and the subject's producers and consumers, end to end in headless Chromium:
 * contracts and deployments recorded through the API, verdicts read off the page.
 */
class ContractsUiTest extends UiTest {

  private static final String SUBJECT = "orders-value";


  @BeforeAll
  static void start() {
    startRegistry();
    ok(http.post("/subjects/" + SUBJECT + "/versions", Http.json(Map.of("schema", order("id", "amount")))));
    // version 2 adds a field without a default, which only NONE lets in: billing 2.0.0 reads it
    ok(http.put("/config/" + SUBJECT, "{\"compatibility\":\"NONE\"}"));
    ok(http.post("/subjects/" + SUBJECT + "/versions", Http.json(Map.of("schema", order("id", "amount", "currency")))));
    publish("orders", "1.0.0", "produces", order("id", "amount", "customer"));
    publish("orders", "2.0.0", "produces", order("id", "amount"));
    publish("billing", "1.0.0", "consumes", order("id", "amount"));
    publish("billing", "2.0.0", "consumes", order("id", "amount", "currency"));
    publish("audit", "1.0.0", "consumes", order("id", "customer"));
    for (String application : List.of("orders", "billing", "audit")) {
      deploy("prod", application, "1.0.0");
      deploy("staging", application, "1.0.0");
    }
    deploy("prod", "billing", "2.0.0");
    // an application whose subject nothing else here uses
    ok(http.put("/treaty/v1/applications/loner/versions/1.0.0/contract",
        Http.json(Map.of("produces", List.of(Map.of("subject", "lonely-value", "schema", order("id"),
            "examples", List.of(Map.of("id", "x-1"))))))));
    deploy("prod", "loner", "1.0.0");
    deploy("staging", "orders", "2.0.0");
    ok(http.delete("/treaty/v1/environments/staging/deployments/audit"));
    openBrowser();
    browser.colorScheme("light");
    browser.width(1280, 900);
  }

  @Test
  void matrixShowsEachApplicationsVerdictPerSubjectAndWhyAPairBreaks() {
    browser.open("#/contracts?environment=prod");
    browser.awaitText("#matrix-title", "Running in prod");
    // each cell names the schema version the application uses and each counterpart's
    assertThat(rows()).containsExactly(
        "audit 1.0.0: reads an unregistered schema agrees from orders 1.0.0 (writes an unregistered schema)",
        "billing 2.0.0: reads v2 breaks from orders 1.0.0: why (writes an unregistered schema)",
        "orders 1.0.0: writes an unregistered schema breaks to audit 1.0.0 (reads an unregistered schema)"
            + " to billing 2.0.0: why (reads v2)");
    assertThat(browser.all("#matrix-table a.own-schema[href='#/subjects/orders-value?version=2']")).hasSize(1);
    assertThat(browser.await("#matrix-summary").getText()).isEqualTo("1 of 2 pairs fails.");
    assertThat(browser.all("#matrix-table tbody th time")).hasSize(3);
    assertThat(browser.await("#matrix-alone").getText()).contains("loner 1.0.0");
    assertThat(browser.await("#matrix-failures").getText())
        .contains("orders-value: orders 1.0.0 → billing 2.0.0 (schema unregistered read with v2)")
        .contains("READER_FIELD_MISSING_DEFAULT_VALUE at /fields/2");
    browser.screenshot("contracts");

    browser.await("#matrix-table td[data-verdict=fail] button.link").click();
    assertThat(browser.driver.switchTo().activeElement().getText()).startsWith("orders-value: orders 1.0.0 → billing 2.0.0");

    new Select(browser.await("#environment-select")).selectByValue("staging");
    browser.awaitText("#matrix-title", "Running in staging");
    assertThat(rows()).containsExactly(
        "billing 1.0.0: reads v1 agrees from orders 2.0.0 (writes v1)", "orders 2.0.0: writes v1 agrees to billing 1.0.0 (reads v1)");
    assertThat(browser.await("#matrix-summary").getText()).isEqualTo("The one pair agrees.");
    assertThat(browser.all("#matrix-failures")).isEmpty();
    assertThat(browser.all("#matrix-alone")).isEmpty();
    assertThat(browser.driver.getCurrentUrl()).endsWith("#/contracts?environment=staging");
  }

  @Test
  void canIDeployFormOffersThePublishedVersionsAndAnswersWithTheFailingPairs() {
    browser.open("#/contracts");
    new Select(browser.await("#cid-application")).selectByValue("orders");
    awaitVersions("2.0.0", "1.0.0");
    new Select(browser.await("#cid-version")).selectByValue("2.0.0");
    new Select(browser.await("#cid-target")).selectByValue("prod");
    browser.await("#cid-run").click();

    browser.awaitText("#cid-verdict", "orders 2.0.0 does not agree with prod (2 pairs checked).");
    assertThat(browser.await("#cid-verdict").getText()).startsWith("no");
    assertThat(browser.await("#cid-failures").getText())
        .contains("orders-value: orders 2.0.0 → audit 1.0.0")
        .contains("READER_FIELD_MISSING_DEFAULT_VALUE at /fields/1");
    browser.screenshot("contracts-can-i-deploy");

    new Select(browser.await("#cid-target")).selectByVisibleText("latest versions");
    browser.await("#cid-run").click();
    browser.awaitText("#cid-verdict", "orders 2.0.0 does not agree with the latest versions (2 pairs checked).");
  }

  @Test
  void canIDeployCanRequireVerificationResults() {
    browser.open("#/contracts");
    new Select(browser.await("#cid-application")).selectByValue("billing");
    awaitVersions("2.0.0", "1.0.0");
    new Select(browser.await("#cid-version")).selectByValue("1.0.0");
    new Select(browser.await("#cid-target")).selectByValue("staging");
    browser.await("#cid-run").click();
    browser.awaitText("#cid-verdict", "billing 1.0.0 agrees with staging");
    assertThat(browser.all("#cid-verifications")).isEmpty();

    browser.await("#cid-verification").click();
    browser.await("#cid-run").click();
    browser.awaitText("#cid-verdict", "billing 1.0.0 does not agree with staging");
    assertThat(items("#cid-verifications li")).containsExactly("orders 2.0.0 → billing 1.0.0 missing");
  }

  private static void awaitVersions(String... newestFirst) {
    // the options are replaced once the chosen application's versions arrive: an option read
    // while that happens is stale, and the wait reads them again
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(driver -> items("#cid-version option").equals(List.of(newestFirst)));
  }

  @Test
  void subjectPageListsItsProducersAndConsumersWithWhereTheyRun() {
    browser.open("#/subjects/" + SUBJECT);
    browser.awaitText("#producers", "orders");
    // the schema version each uses, and whether it meets the latest version (2) of the subject
    assertThat(items("#producers li")).containsExactly(
        "orders 1.0.0 prod writes an unregistered schema breaks with the latest, v2",
        "orders 2.0.0 latest staging writes v1 breaks with the latest, v2");
    assertThat(items("#consumers li")).containsExactly(
        "audit 1.0.0 latest prod reads an unregistered schema breaks with the latest, v2",
        "billing 1.0.0 staging reads v1 agrees with the latest, v2",
        "billing 2.0.0 latest prod reads v2 the latest");
    browser.driver.executeScript("document.getElementById('parties-title').scrollIntoView()");
    browser.screenshot("subject-parties");
  }

  @Test
  void applicationPageShowsItsVersionsWhereTheyRunAndWhatEachReadsAndWrites() {
    browser.open("#/contracts?environment=prod");
    browser.await("#matrix-table a[href='#/applications/billing?version=2.0.0']").click();
    browser.awaitText("#contract-title", "Contract of 2.0.0");
    assertThat(items("#app-versions li")).containsExactly("2.0.0 prod", "1.0.0 staging");
    assertThat(items("#app-deployments li").stream().map(item -> item.replaceAll(" since .*", "")))
        .contains("prod: 2.0.0", "staging: 1.0.0");
    assertThat(items("#contract-summary li")).containsExactly("reads orders-value with version 2");
    browser.screenshot("application");

    browser.await("#app-versions a[href='#/applications/billing?version=1.0.0']").click();
    browser.awaitText("#contract-title", "Contract of 1.0.0");
    assertThat(items("#contract-summary li")).containsExactly("reads orders-value with version 1");

    browser.open("#/contracts?environment=prod");
    browser.await("#matrix-alone a[href='#/applications/loner?version=1.0.0']").click();
    browser.awaitText("#contract-title", "Contract of 1.0.0");
    assertThat(items("#contract-summary li")).containsExactly("writes lonely-value with an unregistered schema");
    assertThat(browser.await(".contract-side").getText()).contains("Examples (1)");
    assertThat(browser.await("pre.example").getAttribute("textContent")).contains("\"id\": \"x-1\"");

    browser.open("#/applications");
    browser.awaitText("#applications", "billing");
    assertThat(items("#applications li")).contains("audit", "billing", "loner", "orders");
  }

  @Test
  void activityTellsContractEventsInWords() {
    browser.open("#/activity");
    browser.awaitText("#events", "recorded that audit 1.0.0 left staging");
    assertThat(browser.await("#events").getText())
        .contains("published the contract of orders 2.0.0")
        .contains("recorded billing 2.0.0 in prod")
        .contains("created the environment staging");
    assertThat(browser.all("#events a[href='#/contracts?environment=prod']")).isNotEmpty();
  }

  /** Each row as "application version: cell cell", without the deployment times. */
  private static List<String> rows() {
    return browser.all("#matrix-table tbody tr").stream().map(row -> {
      String name = row.findElement(org.openqa.selenium.By.cssSelector("th")).getText().split("\n")[0];
      String cells = row.findElements(org.openqa.selenium.By.cssSelector("td")).stream()
          .map(WebElement::getText).filter(text -> !text.isBlank()).reduce((a, b) -> a + " " + b).orElse("");
      return (name + ": " + cells).replaceAll("\\s+", " ").trim();
    }).toList();
  }

  private static List<String> items(String css) {
    return browser.all(css).stream().map(WebElement::getText).map(text -> text.replaceAll("\\s+", " ").trim()).toList();
  }

  /** The Check page answers what registration answers on a gated subject, and says the gate decided. */
  @Test
  void checkOfAGatedSubjectSaysTheGateRefusesWhatRegistrationRefuses() {
    String subject = "gated-value";
    ok(http.post("/subjects/" + subject + "/versions", Http.json(Map.of("schema", order("id")))));
    ok(http.put("/treaty/v1/applications/gatereader/versions/1.0.0/contract", Http.json(Map.of("consumes",
        List.of(Map.of("subject", subject, "schema", order("id"), "examples", List.of(Map.of("id", "a"))))))));
    deploy("gated", "gatereader", "1.0.0");
    ok(http.put("/treaty/v1/subjects/" + subject + "/contract-gate", "{\"environment\":\"gated\"}"));
    // BACKWARD allows a field with a default; the deployed consumer's example lacks it.
    String proposed = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
        + "{\"name\":\"code\",\"type\":\"string\",\"default\":\"c\"}]}";

    browser.open("#/check?subject=" + subject);
    browser.await("#check-schema").sendKeys(proposed);
    browser.await("#check-run").click();
    browser.awaitText("#check-result", "would be refused by the contract gate of gated");
    assertThat(browser.await("#check-judge-kind").getText()).isEqualTo("decided by the contract gate");
    assertThat(browser.await("#check-findings").getText()).contains("PAYLOAD_MISSING_FIELD").contains("How to make it safe");

    Http.Answer refused = http.post("/subjects/" + subject + "/versions", Http.json(Map.of("schema", proposed)));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("judge").path("kind").asText()).isEqualTo("CONTRACT_GATE");
  }

  /** A version the level forbade and the gate let in carries a badge that leads to the override event. */
  @Test
  void aVersionLetInByAGateOverrideIsMarkedAndLinksToItsEvent() {
    String subject = "overridden-value";
    ok(http.post("/subjects/" + subject + "/versions", Http.json(Map.of("schema", order("id")))));
    ok(http.put("/treaty/v1/applications/lenient/versions/1.0.0/contract", Http.json(Map.of("consumes",
        List.of(Map.of("subject", subject, "schema", order("id")))))));
    deploy("lenient-env", "lenient", "1.0.0");
    ok(http.put("/treaty/v1/subjects/" + subject + "/contract-gate", "{\"environment\":\"lenient-env\"}"));
    ok(http.post("/subjects/" + subject + "/versions", Http.json(Map.of("schema", order("id", "added")))));
    long event = http.get("/treaty/v1/subjects/" + subject).json().path("versions").get(1).path("gateOverride")
        .path("event").asLong();

    browser.open("#/subjects/" + subject + "?version=2");
    browser.awaitText("#version-gate-override", "entered through a gate override");
    assertThat(browser.await("#version-gate-override").getText())
        .contains("The level forbade this version (READER_FIELD_MISSING_DEFAULT_VALUE)")
        .contains("the contract gate of lenient-env let it in")
        .contains("consumers: lenient 1.0.0");
    assertThat(browser.all("#versions a.gate-override")).hasSize(1);
    browser.screenshot("subject-gate-override");

    browser.await("#version-gate-override a.badge").click();
    browser.awaitText("#event-focus", "No consumer deployed in lenient-env was affected");
    assertThat(browser.await("#event-focus").getAttribute("data-id")).isEqualTo(String.valueOf(event));
    assertThat(browser.await("#event-focus").getText()).contains(subject + " version 2");

    browser.open("#/subjects/" + subject + "?version=1");
    browser.awaitText("#schema-title", "Version 1");
    assertThat(browser.all("#version-gate-override")).isEmpty();
  }

  private static String order(String... fields) {
    StringBuilder json = new StringBuilder("{\"type\":\"record\",\"name\":\"Order\",\"fields\":[");
    for (int i = 0; i < fields.length; i++) {
      String type = fields[i].equals("amount") ? "double" : "string";
      json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(fields[i]).append("\",\"type\":\"").append(type).append("\"}");
    }
    return json.append("]}").toString();
  }

  private static void publish(String application, String version, String role, String schema) {
    ok(http.put("/treaty/v1/applications/" + application + "/versions/" + version + "/contract",
        Http.json(Map.of(role, List.of(Map.of("subject", SUBJECT, "schema", schema))))));
  }

  private static void deploy(String environment, String application, String version) {
    ok(http.post("/treaty/v1/environments/" + environment + "/deployments",
        Http.json(Map.of("application", application, "version", version))));
  }

  private static void ok(Http.Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }
}
