package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI end to end: schemas registered through the API, then read, searched, diffed and
 * changed in real headless Chromium. Every page leaves a screenshot under target/ui-screenshots.
 */
class WebUiTest extends UiTest {


  @BeforeAll
  static void start() {
    startRegistry();
    Registrations data = new Registrations(http);
    data.orders();
    data.shipments();
    data.references();
    data.hostile();
    data.bulk(120);
    data.frozen();
    openBrowser();
  }

  @Test
  void browsersAskingForTheRootAreSentToTheUiWhileApiClientsGetAnEmptyObject() {
    Http.Answer api = http.get("/");
    assertThat(api.text()).isEqualTo("{}");
    Http.Answer page = http.send(http.request("/").header("Accept", "text/html,application/xhtml+xml").GET().build());
    // The JDK client does not follow redirects by default: the answer is the redirect itself.
    assertThat(page.status()).isEqualTo(302);
    browser.driver.get("http://127.0.0.1:" + registry.port() + "/");
    browser.await("#subjects");
    assertThat(browser.driver.getCurrentUrl()).contains("/ui/#/subjects");
  }

  @Test
  void searchNarrowsTheSubjectListAndPagesThroughTheRest() {
    browser.open("#/subjects");
    browser.awaitText(".pager", "1–50 of 126");
    browser.screenshot("subjects");
    WebElement search = browser.await("#subject-search");
    search.sendKeys("ORDERS");
    browser.awaitText(".pager", "1–1 of 1");
    assertThat(names()).containsExactly(Registrations.ORDERS);
    browser.screenshot("subjects-search");

    search.clear();
    search.sendKeys("bulk");
    browser.awaitText(".pager", "1–50 of 120");
    browser.await(".pager button:last-child").click();
    browser.awaitText(".pager", "51–100 of 120");
    assertThat(names()).first().isEqualTo("bulk-0051");
  }

  @Test
  void subjectsAreFoundByTheRecordNamesAndNamespacesTheirSchemasDeclare() {
    browser.open("#/subjects");
    WebElement record = browser.await("#record-search");
    record.sendKeys("shop.");
    browser.awaitText(".pager", "1–3 of 3");
    assertThat(names()).containsExactly(Registrations.ORDERS, Registrations.PAYMENTS, Registrations.MONEY);
    assertThat(browser.driver.getCurrentUrl()).contains("record=shop.");
    browser.screenshot("subjects-record-search");

    record.clear();
    record.sendKeys("shipping.Shipment");
    browser.awaitText(".pager", "1–1 of 1");
    assertThat(names()).containsExactly(Registrations.SHIPMENTS);
  }

  @Test
  void subjectRowsSayWhereTheLevelIsSetAndWhichModeApplies() {
    browser.open("#/subjects?q=" + Registrations.ORDERS);
    browser.awaitText(".pager", "1–1 of 1");
    assertThat(browser.await("#subjects .level-source").getText()).isEqualTo("set on the subject");
    browser.open("#/subjects?q=" + Registrations.MONEY);
    browser.awaitText(".pager", "1–1 of 1");
    assertThat(browser.await("#subjects .level-source").getText()).isEqualTo("inherited from the server's default");
    assertThat(browser.await("#subjects .mode-cell").getText()).isEqualTo("READWRITE");
    browser.open("#/subjects?q=" + Registrations.FROZEN);
    browser.awaitText(".pager", "1–1 of 1");
    assertThat(browser.await("#subjects .mode-cell").getText()).isEqualTo("READONLY");
  }

  @Test
  void subjectsFilterByFormat() {
    browser.open("#/subjects?format=PROTOBUF");
    browser.awaitText(".pager", "1–1 of 1");
    assertThat(names()).containsExactly(Registrations.SHIPMENTS);
  }

  @Test
  void subjectPageShowsTheTimelineWithSoftDeletedVersionsAndTheHighlightedSchema() {
    browser.open("#/subjects/" + Http.encode(Registrations.ORDERS));
    browser.awaitText("#schema-title", "Version 3");
    List<String> versions = browser.all("#versions li").stream().map(WebElement::getText).toList();
    assertThat(versions).hasSize(3);
    assertThat(versions.get(2)).contains("Version 1").contains("soft-deleted");
    assertThat(browser.all("#versions li.deleted")).hasSize(1);
    assertThat(browser.await(".code").getText()).contains("\"customer\"");
    assertThat(browser.all(".code .tok-key")).isNotEmpty();
    assertThat(browser.await("#level-select").getAttribute("value")).isEqualTo("BACKWARD");
    browser.screenshot("subject");

    browser.all("#versions li").get(0).findElement(By.linkText("diff with 2")).click();
    browser.awaitText("#verdict-title", "Can version 3 follow version 2?");
  }

  @Test
  void referencesAndReferencedByAreLinks() {
    browser.open("#/subjects/" + Registrations.PAYMENTS);
    WebElement reference = browser.await("#references a");
    assertThat(reference.getText()).isEqualTo(Registrations.MONEY + " version 1");
    reference.click();
    browser.awaitText("#referenced-by", Registrations.PAYMENTS + " version 1");
  }

  @Test
  void protobufSchemasAreHighlightedAsProto() {
    browser.open("#/subjects/" + Registrations.SHIPMENTS);
    browser.await(".code .tok-keyword");
    assertThat(browser.all(".code .tok-keyword").stream().map(WebElement::getText)).contains("message", "repeated");
    assertThat(browser.all(".code .tok-type").stream().map(WebElement::getText)).contains("string", "int64");
    browser.screenshot("subject-protobuf");
  }

  @Test
  void diffShowsChangedLinesAndTheBreakingFindingUnderEachLevel() {
    browser.width(1280, 1700);
    browser.open("#/subjects/" + Http.encode(Registrations.ORDERS) + "/diff?from=2&to=3");
    browser.await("#findings");
    assertThat(verdict("BACKWARD")).contains("incompatible");
    assertThat(verdict("FORWARD")).contains("compatible").doesNotContain("incompatible");
    assertThat(browser.all("#diff-table tr.row-added, #diff-table tr.row-changed")).isNotEmpty();
    WebElement finding = browser.all("#findings tbody tr").stream()
        .filter(row -> row.getText().contains("/fields/3")).findFirst().orElseThrow();
    assertThat(finding.findElement(By.cssSelector("td[data-level=BACKWARD]")).getText()).isEqualTo("breaks");
    assertThat(finding.findElement(By.cssSelector("td[data-level=FORWARD]")).getText()).isEqualTo("ok");
    assertThat(finding.getText()).contains("breaking");

    finding.findElement(By.cssSelector("button.link")).click();
    List<WebElement> marked = browser.all("#diff-table tr.target");
    assertThat(marked).hasSize(1);
    assertThat(marked.get(0).getText()).contains("{").contains("19");
    browser.screenshot("diff");
  }

  @Test
  void changingTheLevelIsSavedThroughTheConfigApi() {
    browser.open("#/subjects/" + Registrations.SHIPMENTS);
    new Select(browser.await("#level-select")).selectByValue("FULL_TRANSITIVE");
    browser.await("#level-save").click();
    // nothing changes before the consequence has been read and confirmed
    browser.awaitText(".settings-status .confirm", "Change the compatibility level from BACKWARD to FULL_TRANSITIVE?");
    assertThat(browser.await(".settings-status .confirm").getText()).contains("must read and be read by every earlier version");
    assertThat(http.get("/config/" + Registrations.SHIPMENTS + "?defaultToGlobal=true").json().path("compatibilityLevel").asText())
        .isEqualTo("BACKWARD");
    browser.screenshot("subject-level-confirm");
    browser.await("#level-confirm").click();
    browser.awaitText(".settings-status", "Compatibility level is now FULL_TRANSITIVE.");
    assertThat(http.get("/config/" + Registrations.SHIPMENTS).json().path("compatibilityLevel").asText())
        .isEqualTo("FULL_TRANSITIVE");
    browser.screenshot("subject-level-changed");
  }

  @Test
  void cancellingAModeChangeKeepsTheStoredMode() {
    browser.open("#/subjects/" + Registrations.MONEY);
    new Select(browser.await("#mode-select")).selectByValue("READONLY");
    browser.await("#mode-save").click();
    browser.awaitText(".settings-status .confirm", "No one can register a schema in " + Registrations.MONEY);
    browser.await("#mode-cancel").click();
    assertThat(browser.await("#mode-select").getAttribute("value")).isEqualTo("READWRITE");
    assertThat(browser.all(".settings-status .confirm")).isEmpty();
    assertThat(http.get("/mode/" + Registrations.MONEY + "?defaultToGlobal=true").json().path("mode").asText()).isEqualTo("READWRITE");
  }

  @Test
  void aSoftDeletedVersionSaysSoWhenOpened() {
    browser.open("#/subjects/" + Http.encode(Registrations.ORDERS) + "?version=1");
    browser.awaitText("#schema-title", "Version 1");
    assertThat(browser.await("#schema-title").getText()).contains("soft-deleted");
    assertThat(browser.await("#version-deleted").getText()).startsWith("Version 1 is soft-deleted.");
    browser.open("#/subjects/" + Http.encode(Registrations.ORDERS) + "?version=3");
    browser.awaitText("#schema-title", "Version 3");
    assertThat(browser.all("#version-deleted")).isEmpty();
  }

  @Test
  void aReadOnlySubjectRefusesLevelChanges() {
    browser.open("#/subjects/" + Registrations.FROZEN);
    assertThat(browser.await("#level-select").isEnabled()).isFalse();
    assertThat(browser.await("#level-save").isEnabled()).isFalse();
  }

  @Test
  void schemaByIdShowsTheSchemaAndWhoUsesIt() {
    int id = http.get("/subjects/" + Registrations.MONEY + "/versions/1").json().path("id").asInt();
    browser.open("#/schemas");
    WebElement input = browser.await("#schema-id");
    input.sendKeys(String.valueOf(id), Keys.ENTER);
    browser.awaitText("#used-by", Registrations.MONEY + " version 1");
    assertThat(browser.await("#schema-result .code").getText()).contains("\"Money\"");
    browser.screenshot("schema-by-id");
  }

  @Test
  void checkShowsTheVerdictAndFindingsBeforeRegistering() {
    browser.width(1280, 1100);
    browser.open("#/check?subject=" + Registrations.PAYMENTS);
    browser.await("#check-schema").sendKeys("{\"type\":\"record\",\"name\":\"Payment\",\"namespace\":\"shop\","
        + "\"fields\":[{\"name\":\"amount\",\"type\":\"long\"},{\"name\":\"payer\",\"type\":\"string\"}]}");
    browser.await("#check-run").click();
    browser.awaitText("#check-result", "would be refused at its level BACKWARD");
    assertThat(browser.await("#check-findings").getText()).contains("/fields/1");
    browser.screenshot("check");
    assertThat(http.get("/subjects/" + Registrations.PAYMENTS + "/versions").json().size()).isEqualTo(1);
  }

  @Test
  void checkOffersTheSubjectsMatchingWhatWasTyped() {
    browser.open("#/check");
    browser.await("#check-subject").sendKeys("ment");
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .until(driver -> browser.all("#check-subjects option").size() == 2);
    assertThat(browser.all("#check-subjects option").stream().map(option -> option.getAttribute("value")))
        .containsExactly(Registrations.PAYMENTS, Registrations.SHIPMENTS);
  }

  @Test
  void activityListsTheNewestChangesFirst() {
    browser.open("#/activity");
    com.fasterxml.jackson.databind.JsonNode feed = http.get("/treaty/v1/events?after=0&limit=1000").json();
    long newest = feed.get(feed.size() - 1).path("id").asLong();
    browser.await("#events li");
    assertThat(browser.all("#events li")).hasSize(50);
    assertThat(browser.all("#events li").get(0).getAttribute("data-id")).isEqualTo(String.valueOf(newest));
    browser.screenshot("activity");
    browser.await("#events-more").click();
    browser.awaitText("#events li:nth-child(51)", "registered");
    List<Long> ids = browser.all("#events li").stream().map(li -> Long.parseLong(li.getAttribute("data-id"))).toList();
    assertThat(ids).hasSize(100).isSortedAccordingTo(java.util.Comparator.reverseOrder()).doesNotHaveDuplicates();
  }

  @Test
  void markupInSubjectNamesAndSchemasIsShownAsText() {
    browser.open("#/subjects/" + Http.encode(Registrations.HOSTILE));
    browser.awaitText("h1", Registrations.HOSTILE);
    browser.awaitText(".code", "<script>window.hacked=2</script>");
    browser.open("#/subjects?q=" + Http.encode("<img"));
    browser.awaitText("#subjects", Registrations.HOSTILE);
    assertThat(browser.driver.executeScript("return window.hacked === undefined && document.querySelectorAll('main img, main script').length === 0"))
        .isEqualTo(true);
  }

  @Test
  void pagesFitAPhoneAndFollowTheDarkTheme() {
    browser.colorScheme("dark");
    browser.width(1280, 1700);
    browser.open("#/subjects/" + Http.encode(Registrations.ORDERS) + "/diff?from=2&to=3");
    browser.await("#findings");
    browser.screenshot("diff-dark");
    String background = (String) browser.driver.executeScript("return getComputedStyle(document.body).backgroundColor");
    assertThat(background).isEqualTo("rgb(20, 23, 29)");
    browser.width(390, 844);
    browser.open("#/subjects/" + Http.encode(Registrations.ORDERS));
    browser.awaitText("#schema-title", "Version 3");
    browser.screenshot("subject-phone-dark");
    assertThat(fitsTheWidth()).isTrue();
    browser.colorScheme("light");
    browser.open("#/subjects");
    browser.awaitText(".pager", "of 126");
    browser.screenshot("subjects-phone");
    assertThat(fitsTheWidth()).isTrue();
    browser.open("#/subjects/" + Http.encode(Registrations.ORDERS) + "/diff?from=2&to=3");
    browser.await("#findings");
    assertThat(fitsTheWidth()).isTrue();
  }

  // Wide content (tables, schema text) scrolls inside its own box; the page itself never scrolls sideways.
  private static boolean fitsTheWidth() {
    return (Boolean) browser.driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
  }

  @Test
  void everyControlIsReachableWithTheKeyboard() {
    browser.open("#/subjects");
    browser.await("#subjects");
    browser.driver.findElement(By.tagName("body")).sendKeys("/");
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("subject-search");
    WebElement active = browser.driver.switchTo().activeElement();
    active.sendKeys("orders");
    browser.awaitText(".pager", "1–1 of 1");
    for (int i = 0; i < 15 && !browser.driver.switchTo().activeElement().getText().equals(Registrations.ORDERS); i++) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo(Registrations.ORDERS);
    browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    browser.awaitText("#schema-title", "Version 3");
  }

  private static List<String> names() {
    return browser.all("#subjects tbody th a").stream().map(WebElement::getText).toList();
  }

  private static String verdict(String level) {
    return browser.await("#verdicts li[data-level=" + level + "]").getText();
  }
}
