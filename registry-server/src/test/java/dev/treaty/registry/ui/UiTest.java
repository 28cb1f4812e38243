package dev.treaty.registry.ui;

import dev.treaty.registry.Backend;
import dev.treaty.registry.Http;
import dev.treaty.registry.TestRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One registry on H2 and one headless Chromium for the tests of a class: the class's
 * {@code @BeforeAll} calls {@link #startRegistry}, seeds it through {@link #http}, then
 * {@link #openBrowser}. Every test starts in the light theme at laptop width, whatever the test
 * before it left. (Test classes run one after another, so the fields are never shared at once.)
 */
abstract class UiTest {

  static TestRegistry registry;
  static Http http;
  static Browser browser;

  static void startRegistry() {
    registry = TestRegistry.start(Backend.H2);
    http = registry.http();
  }

  static void openBrowser() {
    browser = new Browser("http://127.0.0.1:" + registry.port());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    if (registry != null) {
      registry.close();
      registry = null;
    }
  }

  @BeforeEach
  void lightThemeAtLaptopWidth() {
    browser.colorScheme("light");
    browser.width(1280, 900);
  }
}
