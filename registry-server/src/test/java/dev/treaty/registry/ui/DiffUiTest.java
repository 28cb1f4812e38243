package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The diff of a long schema with one change deep inside: unchanged runs fold, the change is on the
 * first screen, each change is one row, a narrow screen gets one column, and a .proto location is
 * a link to its line.
 */
class DiffUiTest extends UiTest {

  private static final String WIDE = "wide-value";
  private static final String PROTO = "parcels-value";


  @BeforeAll
  static void start() {
    startRegistry();
    ok(http.put("/config/" + WIDE, "{\"compatibility\":\"NONE\"}"));
    register(WIDE, "AVRO", wide(false));
    register(WIDE, "AVRO", wide(true));
    ok(http.put("/config/" + PROTO, "{\"compatibility\":\"NONE\"}"));
    register(PROTO, "PROTOBUF", parcel("  string note = 3;\n"));
    register(PROTO, "PROTOBUF", parcel(""));
    openBrowser();
  }

  @Test
  void unchangedRunsFoldAndTheFirstChangeIsOnTheFirstScreen() {
    browser.open("#/subjects/" + WIDE + "/diff?from=1&to=2");
    browser.await("#findings");
    assertThat(browser.all("#diff-table tr.fold")).hasSize(2);
    assertThat(browser.all("#diff-table tr.fold").get(0).getText()).matches("Show \\d+ unchanged lines");
    assertThat(firstChangeInView("#diff-table")).isTrue();
    browser.screenshot("diff-folded");

    long shownBefore = visibleRows("#diff-table");
    browser.all("#diff-table tr.fold button").get(0).click();
    assertThat(visibleRows("#diff-table")).isGreaterThan(shownBefore);
    assertThat(browser.all("#diff-table tr.fold")).hasSize(1);
  }

  @Test
  void eachChangeIsOneRowWithItsVerdictAtEveryLevel() {
    browser.open("#/subjects/" + WIDE + "/diff?from=1&to=2");
    browser.await("#findings");
    List<WebElement> rows = browser.all("#findings tbody tr");
    assertThat(rows).hasSize(1);
    WebElement change = rows.get(0);
    assertThat(change.getText()).contains("/fields/20");
    assertThat(change.findElement(By.cssSelector("td[data-level=BACKWARD]")).getText()).isEqualTo("breaks");
    assertThat(change.findElement(By.cssSelector("td[data-level=FULL]")).getText()).isEqualTo("breaks");
    assertThat(change.findElement(By.cssSelector(".remedy")).getText()).startsWith("How to make it safe:");
  }

  @Test
  void aNarrowScreenShowsOneUnifiedColumnWithTheChangeInView() {
    browser.width(390, 844);
    browser.open("#/subjects/" + WIDE + "/diff?from=1&to=2");
    browser.await("#findings");
    assertThat(browser.await("#diff-unified").isDisplayed()).isTrue();
    assertThat(browser.driver.findElement(By.id("diff-table")).isDisplayed()).isFalse();
    assertThat(browser.all("#diff-unified tr.row-removed")).hasSize(1);
    assertThat(browser.all("#diff-unified tr.row-added")).hasSize(1);
    assertThat(firstChangeInView("#diff-unified")).isTrue();
    browser.screenshot("diff-phone");
  }

  @Test
  void aProtobufLocationLinksToItsLine() {
    browser.open("#/subjects/" + PROTO + "/diff?from=1&to=2");
    WebElement location = browser.await("#findings button.location");
    String shown = http.get("/treaty/v1/subjects/" + PROTO + "/diff?from=1&to=2").json().path("from").path("schema").asText();
    int line = List.of(shown.split("\n")).indexOf("  string note = 3;") + 1;
    assertThat(line).isPositive();
    // the line of the text on the page, not of the text as registered (13, below comments and blank lines)
    assertThat(location.getText()).matches("schema\\.proto:" + line + ":\\d+");
    location.click();
    List<WebElement> marked = browser.all("#diff-table tr.target");
    assertThat(marked).hasSize(1);
    // registered with comments and blank lines, shown re-printed without them: the location counts
    // lines of the shown text, so its line is the removed field's
    assertThat(marked.get(0).getText()).contains("string note = 3;");
    assertThat(marked.get(0).getAttribute("class")).contains("row-removed");
  }

  private static boolean firstChangeInView(String table) {
    return (Boolean) browser.driver.executeScript("""
        const row = document.querySelector(arguments[0] + ' tr:not(.row-same):not(.fold)');
        const box = row.closest('.code').getBoundingClientRect();
        const r = row.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom && r.top >= 0 && r.bottom <= window.innerHeight;""", table);
  }

  private static long visibleRows(String table) {
    return browser.all(table + " tbody tr").stream().filter(WebElement::isDisplayed).count();
  }

  /** A record of 30 string fields; {@code changed} makes field 20 an int. */
  private static String wide(boolean changed) {
    StringBuilder json = new StringBuilder("{\"type\":\"record\",\"name\":\"Wide\",\"fields\":[");
    for (int i = 0; i < 30; i++) {
      json.append(i == 0 ? "" : ",").append("{\"name\":\"f").append(i).append("\",\"type\":\"")
          .append(changed && i == 20 ? "int" : "string").append("\"}");
    }
    return json.append("]}").toString();
  }

  private static String parcel(String extra) {
    return "// Parcels on their way.\n\nsyntax = \"proto3\";\npackage shipping;\n\n// One parcel.\nmessage Parcel {\n"
        + "  string id = 1;\n\n  // in grams\n  int64 weight = 2;\n\n" + extra + "}\n";
  }

  private static void register(String subject, String type, String schema) {
    ok(http.post("/subjects/" + subject + "/versions", Http.json(Map.of("schemaType", type, "schema", schema))));
  }

  private static void ok(Http.Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }
}
