package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.client.ClientSettings;
import dev.treaty.client.Credentials;
import dev.treaty.client.RegistryClient;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.registry.Backend;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.TestRegistry;
import dev.treaty.registry.security.Grant;
import dev.treaty.registry.security.SecurityConfig;
import dev.treaty.registry.security.UserFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI behind HTTP Basic: a logged-in reader browses without being offered changes; an
 * admin changes settings, and sees a refusal as the server words it.
 */
class SecuredWebUiTest {

  private static final String PASSWORD = "ui test password";
  private static final String SUBJECT = "secured-value";
  private static TestRegistry registry;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("treaty-secured-ui");
    UserFile.put(dir.resolve("users"), "admin", PASSWORD, List.of(Grant.parse("admin")));
    UserFile.put(dir.resolve("users"), "reader", PASSWORD, List.of(Grant.parse("reader")));
    SecurityConfig security = SecurityConfig.from(
        Map.of("auth.enabled", "true", "auth.users.file", dir.resolve("users").toString()), dir);
    registry = TestRegistry.start(Backend.H2, ServerConfig.defaults().withSecurity(security));
    RegistryClient admin = new RegistryClient(ClientSettings.of("http://127.0.0.1:" + registry.port())
        .withCredentials(Credentials.basic("admin", PASSWORD)));
    admin.register(SUBJECT, RegisterSchemaRequest.of("AVRO",
        "{\"type\":\"record\",\"name\":\"Secured\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"}]}", List.of()), false);
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  /**
   * Logs in the way the browser's Basic prompt would: one page load with credentials, which the
   * browser then keeps for the origin and sends with the UI's own requests.
   */
  private static Browser loggedInAs(String user) {
    Browser browser = new Browser("http://127.0.0.1:" + registry.port());
    browser.driver.get("http://" + user + ":" + PASSWORD.replace(" ", "%20") + "@127.0.0.1:" + registry.port() + "/ui/");
    return browser;
  }

  @Test
  void aLoggedInReaderBrowsesButIsNotOfferedChanges() {
    try (Browser browser = loggedInAs("reader")) {
      browser.open("#/subjects/" + SUBJECT);
      browser.awaitText("main", "Secured");
      browser.awaitText(".signed-in", "Signed in as reader (reader)");
      browser.await("#schema-title");
      // settings and deletion need an admin's grant: a reader sees the settings, disabled, and no delete
      assertThat(browser.await("#level-select").isEnabled()).isFalse();
      assertThat(browser.await("#mode-save").isEnabled()).isFalse();
      assertThat(browser.await("#settings-admin-note").getText()).isEqualTo("Changing these needs an admin's grant on this subject.");
      assertThat(browser.all("#version-delete")).isEmpty();
      browser.screenshot("secured-reader");
    }
    assertThat(registry.http().get("/config/" + SUBJECT).status()).as("still locked to anonymous").isEqualTo(401);
  }

  @Test
  void aChangeTheServerRefusesShowsItsErrorAndTheStoredValue() {
    try (Browser browser = loggedInAs("admin")) {
      browser.open("#/subjects/" + SUBJECT);
      String stored = browser.await("#mode-select").getAttribute("value");
      // IMPORT is refused on a subject that has versions
      new Select(browser.await("#mode-select")).selectByValue("IMPORT");
      browser.await("#mode-save").click();
      browser.await("#mode-confirm").click();
      browser.awaitText(".settings-status", "Cannot import since found existing subjects");
      // the control goes back to the mode that is stored, not the one refused
      assertThat(browser.await("#mode-select").getAttribute("value")).isEqualTo(stored);
    }
  }

  @Test
  void aLoggedInAdminChangesTheLevel() {
    try (Browser browser = loggedInAs("admin")) {
      browser.open("#/subjects/" + SUBJECT);
      browser.await("#version-delete"); // offered to an admin
      new Select(browser.await("#level-select")).selectByValue("FULL");
      browser.await("#level-save").click();
      browser.await("#level-confirm").click();
      browser.awaitText(".settings-status", "Compatibility level is now FULL.");
      // the audit trail names the signed-in user, not the address the request came from
      browser.await("#tab-history").click();
      browser.awaitText("#history li[data-type=CONFIG_CHANGED]", "admin changed the compatibility config of this subject");
      browser.awaitText("#history li[data-type=CONFIG_CHANGED]", "compatibility: unset → FULL");
    }
  }

  @Test
  void aReaderIsToldThatWebhooksAreForAdmins() {
    try (Browser browser = loggedInAs("reader")) {
      browser.open("#/webhooks");
      browser.awaitText("#webhooks-admin", "Webhooks are managed by admins.");
    }
    try (Browser browser = loggedInAs("admin")) {
      browser.open("#/webhooks");
      browser.awaitText("#webhooks-none", "No webhook yet");
    }
  }
}
