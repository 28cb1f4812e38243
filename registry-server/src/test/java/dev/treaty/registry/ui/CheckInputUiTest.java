package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How a schema gets into the Check page: the format follows the subject's own until the user
 * picks one, and a file loads into the editor with its format taken from its extension.
 */
class CheckInputUiTest extends UiTest {

  private static final String SHIPMENT_V2 = """
      syntax = "proto3";
      package shipping;
      message Shipment {
        string id = 1;
        repeated string items = 2;
        int64 weight_grams = 3;
        string carrier = 4;
      }
      """;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    startRegistry();
    Registrations data = new Registrations(http);
    data.orders();
    data.shipments();
    openBrowser();
  }

  @Test
  void theFormatIsTheSubjectsOwnNotAlwaysAvro() {
    browser.open("#/check?subject=" + Registrations.SHIPMENTS);
    awaitFormat("PROTOBUF");

    openEmptyCheck();
    browser.await("#check-subject").sendKeys(Registrations.ORDERS, Keys.TAB);
    awaitFormat("AVRO");
    browser.await("#check-subject").clear();
    browser.await("#check-subject").sendKeys(Registrations.SHIPMENTS, Keys.TAB);
    awaitFormat("PROTOBUF");
  }

  @Test
  void aFormatTheUserPicksIsKeptWhenTheSubjectChanges() {
    browser.open("#/check?subject=" + Registrations.ORDERS);
    awaitFormat("AVRO");
    new Select(browser.await("#check-type")).selectByValue("JSON");
    browser.await("#check-subject").clear();
    browser.await("#check-subject").sendKeys(Registrations.SHIPMENTS, Keys.TAB);
    // give the lookup of the subject's format time to come back, then see that it changed nothing
    browser.driver.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 500)");
    assertThat(browser.await("#check-type").getAttribute("value")).isEqualTo("JSON");
  }

  @Test
  void aLoadedFileFillsTheEditorAndItsExtensionSetsTheFormat() throws IOException {
    Path file = Files.writeString(dir.resolve("shipment.proto"), SHIPMENT_V2);
    openEmptyCheck();
    browser.await("#check-subject").sendKeys(Registrations.SHIPMENTS);
    browser.await("#check-file").sendKeys(file.toAbsolutePath().toString());
    browser.awaitText("#check-file-status", "Loaded shipment.proto");
    assertThat(browser.await("#check-schema").getAttribute("value")).isEqualTo(SHIPMENT_V2);
    assertThat(browser.await("#check-type").getAttribute("value")).isEqualTo("PROTOBUF");
    browser.screenshot("check-file");

    browser.await("#check-run").click();
    browser.awaitText("#check-result", "would pass");
  }

  /** A fresh page: the same address as the test before would keep that test's page as it was. */
  private static void openEmptyCheck() {
    browser.open("#/check?fresh=" + System.nanoTime());
    browser.await("#check-subject");
  }

  private static void awaitFormat(String format) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(driver -> format.equals(browser.await("#check-type").getAttribute("value")));
  }
}
