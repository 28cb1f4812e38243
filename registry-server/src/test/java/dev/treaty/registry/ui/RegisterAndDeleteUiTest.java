package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Registering from the Check page and deleting a version from the subject page, on an open
 * registry (where everyone is an admin): each behind a confirmation that states the consequence,
 * Cancel changing nothing, and a refusal shown as the server words it.
 */
class RegisterAndDeleteUiTest extends UiTest {

  private static final String SUBJECT = "written-value";
  private static final String BASE = "base-value";
  private static final String REFERRING = "referring-value";

  @BeforeAll
  static void start() {
    startRegistry();
    ok(http.post("/subjects/" + SUBJECT + "/versions", Http.json(Map.of("schema", record("Written", "id")))));
    ok(http.post("/subjects/" + BASE + "/versions", Http.json(Map.of("schema", record("Address", "street")))));
    ok(http.post("/subjects/" + REFERRING + "/versions", Http.json(Map.of("schema",
        "{\"type\":\"record\",\"name\":\"Customer\",\"fields\":[{\"name\":\"home\",\"type\":\"Address\"}]}",
        "references", List.of(Map.of("name", "Address", "subject", BASE, "version", 1))))));
    openBrowser();
  }

  @Test
  void checkOffersToRegisterACompatibleSchemaAndRegistersItOnlyOnceConfirmed() {
    browser.open("#/check?subject=" + SUBJECT);
    typeSchema(record("Written", "id", "note"));
    browser.await("#check-run").click();
    browser.awaitText("#check-result", "would pass");

    browser.await("#check-register").click();
    assertThat(browser.await("#register-consequence").getText())
        .contains("It becomes the latest version of " + SUBJECT).contains("it can never be changed, only deleted");
    browser.screenshot("check-register-confirm");
    browser.await("#register-cancel").click();
    browser.await("#check-register");
    assertThat(liveVersions(SUBJECT)).isEqualTo("[1]");

    browser.await("#check-register").click();
    browser.await("#register-confirm").click();
    browser.awaitText("#register-done", "Registered in " + SUBJECT + " as version 2");
    assertThat(liveVersions(SUBJECT)).isEqualTo("[1,2]");
  }

  @Test
  void checkDoesNotOfferToRegisterWhatRegistrationWouldRefuse() {
    browser.open("#/check?subject=" + SUBJECT);
    typeSchema("{\"type\":\"record\",\"name\":\"Written\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"}]}");
    browser.await("#check-run").click();
    browser.awaitText("#check-result", "would be refused");
    assertThat(browser.all("#check-register")).isEmpty();
  }

  @Test
  void aVersionIsSoftDeletedThenDeletedPermanentlyEachAfterAConfirmation() {
    String subject = "deleted-value";
    ok(http.post("/subjects/" + subject + "/versions", Http.json(Map.of("schema", record("Deleted", "id")))));
    ok(http.post("/subjects/" + subject + "/versions", Http.json(Map.of("schema", record("Deleted", "id", "extra")))));

    browser.open("#/subjects/" + subject + "?version=2");
    browser.await("#version-delete").click();
    assertThat(browser.await("#delete-consequence").getText()).contains("Clients will no longer see version 2");
    browser.await("#delete-cancel").click();
    browser.await("#version-delete");
    assertThat(liveVersions(subject)).isEqualTo("[1,2]");

    browser.await("#version-delete").click();
    browser.await("#delete-confirm").click();
    browser.awaitText("#version-deleted", "Version 2 is soft-deleted.");
    assertThat(liveVersions(subject)).isEqualTo("[1]");
    assertThat(http.get("/subjects/" + subject + "/versions?deleted=true").text()).isEqualTo("[1,2]");

    browser.await("#version-delete-permanent").click();
    assertThat(browser.await("#delete-consequence").getText()).contains("removed for good");
    browser.screenshot("subject-delete-confirm");
    browser.await("#delete-confirm").click();
    browser.awaitText("#schema-title", "Version 1");
    assertThat(http.get("/subjects/" + subject + "/versions?deleted=true").text()).isEqualTo("[1]");
    assertThat(browser.all("#versions li")).hasSize(1);
  }

  @Test
  void aRefusedDeletionShowsTheRegistrysErrorAndChangesNothing() {
    browser.open("#/subjects/" + BASE + "?version=1");
    browser.await("#version-delete").click();
    browser.await("#delete-confirm").click();
    browser.awaitText("#delete-box", "(42206)");
    assertThat(browser.await("#delete-box .message.error").getText()).contains("reference");
    assertThat(liveVersions(BASE)).isEqualTo("[1]");
    browser.await("#version-delete"); // offered again
  }

  /** The page may be the one the test before left (same address), so the editor is emptied first. */
  private static void typeSchema(String schema) {
    browser.await("#check-schema").clear();
    browser.await("#check-schema").sendKeys(schema);
  }

  private static String liveVersions(String subject) {
    return http.get("/subjects/" + subject + "/versions").text();
  }

  private static String record(String name, String... fields) {
    StringBuilder json = new StringBuilder("{\"type\":\"record\",\"name\":\"" + name + "\",\"fields\":[");
    for (int i = 0; i < fields.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(fields[i]).append("\",\"type\":\"string\"");
      json.append(i == 0 ? "}" : ",\"default\":\"\"}");
    }
    return json.append("]}").toString();
  }

  private static void ok(Http.Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }
}
