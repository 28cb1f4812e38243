package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lint findings beside a version, the "has findings" filter and deprecation badges, in headless Chromium. */
class GovernanceUiTest extends UiTest {

  private static final String LINTED = "orders-linted-value";
  private static final String CLEAN = "orders-clean-value";


  @BeforeAll
  static void start() {
    startRegistry();
    ok(http.put("/config/" + LINTED, "{\"lintRules\":\"event\",\"lintEnforcement\":\"WARN\"}"));
    ok(http.post("/subjects/" + LINTED + "/versions", Http.json(Map.of("schema", order("orderId")))));
    ok(http.post("/subjects/" + LINTED + "/versions", Http.json(Map.of("schema", order("orderId", "note")))));
    ok(http.post("/subjects/" + CLEAN + "/versions", Http.json(Map.of("schema", order("orderId")))));
    ok(http.put("/treaty/v1/subjects/" + LINTED + "/versions/1/deprecation",
        Http.json(Map.of("reason", "note is needed", "sunset", "2099-01-31", "replacement", LINTED + "@2"))));
    openBrowser();
    browser.colorScheme("light");
    browser.width(1280, 900);
  }

  @Test
  void subjectListMarksFindingsAndDeprecationsAndFiltersBySubjectsWithFindings() {
    browser.open("#/subjects");
    browser.awaitText("#subjects", CLEAN);
    assertThat(browser.all("#subjects tbody tr:last-child .badge.warn")).extracting(e -> e.getText())
        .containsExactly("deprecated", "findings");
    assertThat(browser.all("#subjects tbody tr:first-child .badge.warn")).isEmpty();

    browser.await("input[name=findings]").click();
    browser.awaitText(".results", "1–1 of 1");
    assertThat(browser.await("#subjects").getText()).contains(LINTED).doesNotContain(CLEAN);
    assertThat(browser.driver.getCurrentUrl()).contains("findings=true");
  }

  @Test
  void aDeprecatedVersionShowsItsBadgeFindingsAndALinkToItsReplacement() {
    browser.open("#/subjects/" + LINTED + "?version=1");
    browser.await("#version-deprecation");
    assertThat(browser.await("#version-deprecation").getText())
        .isEqualTo("Version 1 is deprecated — note is needed. Sunset 2099-01-31. Use " + LINTED + "@2 instead.");
    assertThat(browser.all("#versions li:last-child .badge.warn")).extracting(e -> e.getText())
        .containsExactly("deprecated", "7 findings");
    assertThat(browser.await("#findings").getText())
        .contains("ERROR ENVELOPE_CORRELATION_ID")
        .contains("Fix: Add a field correlationId");
    browser.screenshot("governance");

    browser.await("#version-deprecation a.replacement").click();
    browser.awaitText("#schema-title", "Version 2");
    assertThat(browser.all("#version-deprecation")).isEmpty();
  }

  private static String order(String... fields) {
    StringBuilder json = new StringBuilder("{\"type\":\"record\",\"name\":\"Order\",\"fields\":[");
    for (int i = 0; i < fields.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(fields[i]).append("\",\"type\":\"string\"")
          .append(i == 0 ? "" : ",\"default\":\"\"").append("}");
    }
    return json.append("]}").toString();
  }

  private static void ok(Http.Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }
}
