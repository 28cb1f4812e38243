package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * axe-core on every page of the UI, in the light and the dark theme, at laptop and phone width:
 * no serious or critical violation anywhere. Each page is audited as a person would see it, with
 * its data loaded (and the Check page with a verdict).
 */
class AccessibilityUiTest extends UiTest {

  private static Axe axe;

  @BeforeAll
  static void start() {
    startRegistry();
    Registrations data = new Registrations(http);
    data.orders();
    data.shipments();
    data.references();
    // a subject in a context, so that the subject list has its context picker
    data.register(":.team:audits", "AVRO", "\"string\"", List.of());
    data.frozen();
    // a producer and a consumer that disagree, so that the matrix has a failing pair with reasons
    ok(http.put("/treaty/v1/applications/shop/versions/1.0.0/contract", Http.json(Map.of("produces",
        List.of(Map.of("subject", Registrations.ORDERS, "schema", order("")))))));
    ok(http.put("/treaty/v1/applications/billing/versions/1.0.0/contract", Http.json(Map.of("consumes",
        List.of(Map.of("subject", Registrations.ORDERS, "schema", order(",{\"name\":\"vat\",\"type\":\"double\"}")))))));
    ok(http.post("/treaty/v1/environments/prod/deployments", Http.json(Map.of("application", "shop", "version", "1.0.0"))));
    ok(http.post("/treaty/v1/environments/prod/deployments", Http.json(Map.of("application", "billing", "version", "1.0.0"))));
    ok(http.put("/treaty/v1/subjects/" + Registrations.ORDERS + "/contract-gate", "{\"environment\":\"prod\"}"));
    // a webhook for no subject that exists, so that the Webhooks page has a subscription to show
    ok(http.post("/treaty/v1/webhooks", Http.json(Map.of("url", "http://127.0.0.1:9/none", "eventTypes",
        List.of("schema.registered"), "subjectPrefix", "no-such-subject."))));
    openBrowser();
    axe = Axe.load();
  }

  @Test
  void noPageHasASeriousViolationInTheLightTheme() {
    browser.colorScheme("light");
    browser.width(1280, 900);
    assertThat(auditEveryPage("light")).isEmpty();
  }

  @Test
  void noPageHasASeriousViolationInTheDarkTheme() {
    browser.colorScheme("dark");
    browser.width(1280, 900);
    assertThat(auditEveryPage("dark")).isEmpty();
  }

  @Test
  void noPageHasASeriousViolationOnAPhone() {
    browser.colorScheme("light");
    browser.width(390, 844);
    try {
      assertThat(auditEveryPage("phone")).isEmpty();
    } finally {
      browser.width(1280, 900);
    }
  }

  private static List<String> auditEveryPage(String theme) {
    String orders = Http.encode(Registrations.ORDERS);
    List<String> found = new ArrayList<>();
    found.addAll(audit(theme, "#/subjects", ".pager"));
    found.addAll(audit(theme, "#/subjects?context=.team", "#context-select"));
    found.addAll(audit(theme, "#/subjects/" + orders, "#schema-title"));
    found.addAll(audit(theme, "#/subjects/" + orders + "?version=1", "#version-deleted"));
    found.addAll(audit(theme, "#/subjects/" + orders + "?tab=history", "#history li"));
    found.addAll(audit(theme, "#/subjects/" + Registrations.SHIPMENTS, ".code .tok-keyword"));
    found.addAll(audit(theme, "#/subjects/" + orders + "/diff?from=2&to=3", "#findings"));
    found.addAll(audit(theme, "#/schemas/1", "#used-by"));
    found.addAll(audit(theme, "#/activity", "#events li"));
    found.addAll(audit(theme, "#/contracts?environment=prod", "#matrix-failures"));
    found.addAll(audit(theme, "#/subjects/" + orders, "#producers .party-schema"));
    found.addAll(audit(theme, "#/applications", "#applications"));
    found.addAll(audit(theme, "#/applications/billing", "#contract-summary"));
    found.addAll(audit(theme, "#/webhooks", "#deliveries-none"));
    found.addAll(audit(theme, "#/catalog?environment=prod", "#flow-map"));
    found.addAll(audit(theme, "#/nowhere", "h1"));
    browser.open("#/check?subject=" + Registrations.PAYMENTS);
    browser.await("#check-schema").sendKeys("{\"type\":\"record\",\"name\":\"Payment\",\"namespace\":\"shop\","
        + "\"fields\":[{\"name\":\"amount\",\"type\":\"long\"}]}");
    browser.await("#check-run").click();
    browser.await("#check-findings");
    found.addAll(axe.violations(browser, theme + " #/check (with a verdict)"));
    browser.open("#/check?subject=" + Registrations.MONEY); // its own schema again: compatible, so registering is offered
    browser.await("#check-schema").sendKeys(
        "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"shop\",\"fields\":[{\"name\":\"cents\",\"type\":\"long\"}]}");
    browser.await("#check-run").click();
    browser.await("#check-register").click();
    browser.await("#register-confirm");
    found.addAll(axe.violations(browser, theme + " #/check (register confirmation)"));
    browser.open("#/subjects/" + orders + "?version=1");
    browser.await("#version-delete-permanent").click();
    browser.await("#delete-confirm");
    found.addAll(axe.violations(browser, theme + " permanent deletion confirmation"));
    browser.open("#/subjects/" + Registrations.SHIPMENTS);
    new org.openqa.selenium.support.ui.Select(browser.await("#level-select")).selectByValue("FULL");
    browser.await("#level-save").click();
    browser.await("#level-confirm");
    found.addAll(axe.violations(browser, theme + " level confirmation"));
    return found;
  }

  private static List<String> audit(String theme, String page, String ready) {
    browser.open(page);
    browser.await(ready);
    return axe.violations(browser, theme + " " + page);
  }

  private static String order(String extraFields) {
    return "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"shop\",\"fields\":["
        + "{\"name\":\"id\",\"type\":\"string\"}" + extraFields + "]}";
  }

  private static void ok(Http.Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }
}
