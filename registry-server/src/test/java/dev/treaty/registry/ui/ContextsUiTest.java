package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The context picker of the subject list: one Confluent context at a time, or all of them. */
class ContextsUiTest extends UiTest {

  @BeforeAll
  static void start() {
    startRegistry();
    Registrations data = new Registrations(http);
    data.register("orders", "AVRO", "\"string\"", List.of());
    data.register(":.team:orders", "AVRO", "\"string\"", List.of());
    data.register(":.team:payments", "AVRO", "\"long\"", List.of());
    data.register(":.audit:trail", "AVRO", "\"long\"", List.of());
    openBrowser();
  }

  private static List<String> rows() {
    return browser.all("#subjects tbody th a").stream().map(WebElement::getText).toList();
  }

  @Test
  void thePickerNarrowsTheListToOneContext() {
    browser.open("#/subjects");
    browser.awaitText(".pager", "of 4");
    Select picker = new Select(browser.await("#context-select"));
    assertThat(picker.getOptions().stream().map(WebElement::getText).toList())
        .containsExactly("All contexts", "Default context (.)", ".audit", ".team");

    picker.selectByValue(".team");
    browser.awaitText(".pager", "1–2 of 2");
    assertThat(rows()).containsExactly(":.team:orders", ":.team:payments");

    new Select(browser.await("#context-select")).selectByValue(".");
    browser.awaitText(".pager", "1–1 of 1");
    assertThat(rows()).containsExactly("orders");
  }

  @Test
  void theChosenContextIsInTheAddressSoALinkKeepsIt() {
    browser.open("#/subjects?context=.audit");
    browser.awaitText(".pager", "1–1 of 1");
    assertThat(rows()).containsExactly(":.audit:trail");
    assertThat(new Select(browser.await("#context-select")).getFirstSelectedOption().getText()).isEqualTo(".audit");
  }
}
