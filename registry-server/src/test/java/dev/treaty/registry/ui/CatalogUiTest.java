package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Catalog page in headless Chromium: applications with owners and descriptions, events with
 * their producers and consumers, the flow map of an environment with its failing pair marked, and
 * the AsyncAPI downloads.
 */
class CatalogUiTest extends UiTest {

  @BeforeAll
  static void start() {
    startRegistry();
    publish("orders", "produces", "orders-value", order("An order was placed.", "id", "amount"));
    ok(http.put("/treaty/v1/applications/billing/versions/1.0.0/contract", Http.json(Map.of(
        "consumes", List.of(Map.of("subject", "orders-value", "schema", order(null, "id", "amount", "vat"))),
        "produces", List.of(Map.of("subject", "invoices-value", "schemaType", "JSON",
            "schema", "{\"type\":\"object\",\"description\":\"An invoice was sent.\"}"))))));
    publish("audit", "consumes", "orders-value", order(null, "id"));
    ok(http.put("/treaty/v1/applications/orders", Http.json(Map.of("owner", "team-orders", "description", "Takes orders."))));
    for (String application : List.of("orders", "billing", "audit")) {
      deploy("prod", application);
    }
    deploy("staging", "orders");
    openBrowser();
  }

  @Test
  void applicationsAndEventsShowOwnersDescriptionsProducersAndConsumers() {
    browser.open("#/catalog");
    browser.await("#applications-table");
    assertThat(rows("#applications-table")).containsExactly(
        "audit: no description 1.0.0 orders-value Download the AsyncAPI document of audit 1.0.0",
        "billing: no description 1.0.0 invoices-value orders-value Download the AsyncAPI document of billing 1.0.0",
        "orders owned by team-orders: Takes orders. 1.0.0 orders-value Download the AsyncAPI document of orders 1.0.0");
    assertThat(rows("#events-table")).containsExactly(
        "invoices-value: invoices JSON Schema An invoice was sent. billing nobody",
        "orders-value: orders Avro An order was placed. orders audit, billing");
    browser.screenshot("catalog");
  }

  @Test
  void theFlowMapOfAnEnvironmentMarksTheFailingPair() {
    browser.open("#/catalog?environment=prod");
    browser.awaitText("#flow-title", "What flows in prod");
    assertThat(names("producers")).containsExactly("billing", "orders");
    assertThat(names("subjects")).containsExactly("invoices-value", "orders-value");
    assertThat(names("consumers")).containsExactly("audit", "billing");
    assertThat(edges(".flow-edge.fail")).containsExactlyInAnyOrder("orders → orders-value", "orders-value → billing");
    assertThat(edges(".flow-edge:not(.fail)")).containsExactlyInAnyOrder("billing → invoices-value", "orders-value → audit");
    assertThat(browser.all("#flow-map .flow-node.fail")).hasSize(3);
    assertThat(browser.await("#flow-summary").getText())
        .isEqualTo("2 producer(s), 2 subject(s), 2 consumer(s); 1 of 2 pair(s) fail (dashed red).");
    assertThat(browser.all("#flow-list li[data-verdict=fail]")).singleElement()
        .extracting(WebElement::getText).isEqualTo("orders 1.0.0 → orders-value → billing 1.0.0 breaks");
    browser.driver.executeScript("document.getElementById('catalog-flow').scrollIntoView()");
    browser.screenshot("catalog-flow");

    new Select(browser.await("#flow-environment")).selectByValue("staging");
    browser.awaitText("#flow-title", "What flows in staging");
    assertThat(names("consumers")).isEmpty();
    assertThat(browser.all("#flow-map .flow-edge")).hasSize(1);
    assertThat(browser.all("#flow-map .flow-edge.fail")).isEmpty();
    assertThat(browser.driver.getCurrentUrl()).endsWith("#/catalog?environment=staging");
  }

  /** Every environment says in words whether its pairs agree, before its map is opened; its link opens the map. */
  @Test
  void everyEnvironmentIsMarkedWithItsFailingPairsAndLinksToItsMap() {
    browser.open("#/catalog");
    browser.await("#flow-environments li");
    assertThat(browser.all("#flow-environments li").stream().map(li -> li.getAttribute("data-environment") + " "
        + li.getAttribute("data-verdict") + ": " + li.getText().replaceAll("\\s+", " ")).toList()).containsExactly(
        "prod fail: prod: 1 of 2 pair(s) fail · 3 application(s) deployed",
        "staging ok: staging: no pair to judge · 1 application(s) deployed");
    assertThat(new Select(browser.await("#flow-environment")).getOptions()).extracting(WebElement::getText)
        .containsExactly("prod (failing pairs)", "staging");

    browser.await("#flow-environments li[data-environment=staging] a").click();
    browser.awaitText("#flow-title", "What flows in staging");
    assertThat(browser.driver.getCurrentUrl()).endsWith("#/catalog?environment=staging");
  }

  @Test
  void eachApplicationsAsyncApiDocumentCanBeDownloaded() {
    browser.open("#/catalog?environment=prod");
    WebElement latest = browser.await("#applications-table tr[data-application=orders] a.asyncapi");
    assertThat(latest.getAttribute("download")).isEqualTo("orders-1.0.0.asyncapi.json");
    JsonNode document = http.get(path(latest)).json();
    assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
    assertThat(document.path("info").path("contact").path("name").asText()).isEqualTo("team-orders");

    browser.await("#flow-downloads a");
    List<String> deployed = browser.all("#flow-downloads a").stream().map(CatalogUiTest::path).toList();
    assertThat(deployed).contains("/treaty/v1/applications/billing/asyncapi?environment=prod");
    assertThat(http.get(deployed.get(0)).json().path("info").path("description").asText()).contains("deployed in prod");
  }

  private static String path(WebElement link) {
    return link.getAttribute("href").replaceFirst("^http://[^/]+", "");
  }

  private static List<String> names(String column) {
    return browser.all("#flow-map .flow-node." + column).stream().map(node -> node.getAttribute("data-name")).toList();
  }

  private static List<String> edges(String css) {
    return browser.all("#flow-map " + css).stream()
        .map(edge -> edge.getAttribute("data-from") + " → " + edge.getAttribute("data-to")).toList();
  }

  private static List<String> rows(String table) {
    return browser.all(table + " tbody tr").stream().map(row -> {
      String name = row.findElement(By.cssSelector("th")).getText().replace("\n", " ");
      String cells = row.findElements(By.cssSelector("td")).stream()
          .map(cell -> cell.getAttribute("textContent")).filter(text -> !text.isBlank())
          .reduce((a, b) -> a + " " + b).orElse("");
      return (name + ": " + cells).replaceAll("\\s+", " ").trim();
    }).toList();
  }

  private static String order(String doc, String... fields) {
    StringBuilder json = new StringBuilder("{\"type\":\"record\",\"name\":\"Order\",");
    if (doc != null) {
      json.append("\"doc\":\"").append(doc).append("\",");
    }
    json.append("\"fields\":[");
    for (int i = 0; i < fields.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(fields[i]).append("\",\"type\":\"string\"}");
    }
    return json.append("]}").toString();
  }

  private static void publish(String application, String role, String subject, String schema) {
    ok(http.put("/treaty/v1/applications/" + application + "/versions/1.0.0/contract",
        Http.json(Map.of(role, List.of(Map.of("subject", subject, "schema", schema))))));
  }

  private static void deploy(String environment, String application) {
    ok(http.post("/treaty/v1/environments/" + environment + "/deployments",
        Http.json(Map.of("application", application, "version", "1.0.0"))));
  }

  private static void ok(Http.Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }
}
