package dev.treaty.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WebUiTest {

  private static final Pattern IMPORT = Pattern.compile("from '\\./([^']+)'");

  @Test
  void servesThePageAndItsModulesWithTheirTypes() {
    assertThat(WebUi.asset(WebUi.INDEX)).hasValueSatisfying(asset -> assertThat(asset.contentType()).startsWith("text/html"));
    assertThat(WebUi.asset("app.js")).hasValueSatisfying(asset -> assertThat(asset.contentType()).startsWith("text/javascript"));
    assertThat(WebUi.asset("style.css")).hasValueSatisfying(asset -> assertThat(asset.contentType()).startsWith("text/css"));
  }

  @Test
  void refusesAnythingButAPlainFileName() {
    assertThat(WebUi.asset("../webui/app.js")).isEmpty();
    assertThat(WebUi.asset("/dev/treaty/webui/app.js")).isEmpty();
    assertThat(WebUi.asset("WebUi.class")).isEmpty();
    assertThat(WebUi.asset("missing.js")).isEmpty();
    assertThat(WebUi.asset("app.js?x")).isEmpty();
    assertThat(WebUi.asset(null)).isEmpty();
  }

  /** A module importing a file that is not packaged would break the whole UI in the browser. */
  @Test
  void everyModuleReachableFromTheAppIsPackaged() {
    assertThat(modules()).contains("app.js", "dom.js", "diff.js", "highlight.js", "page-diff.js");
  }

  /** Data reaches the page as text nodes only; no module uses an API that parses markup. */
  @Test
  void noModuleParsesStringsAsMarkup() {
    for (String name : modules()) {
      assertThat(text(name)).as(name).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    }
  }

  private static Set<String> modules() {
    Set<String> seen = new TreeSet<>();
    Deque<String> next = new ArrayDeque<>();
    next.add("app.js");
    while (!next.isEmpty()) {
      String name = next.pop();
      if (seen.add(name)) {
        Matcher imported = IMPORT.matcher(text(name));
        while (imported.find()) {
          next.add(imported.group(1));
        }
      }
    }
    return seen;
  }

  private static String text(String name) {
    return new String(
        WebUi.asset(name).orElseThrow(() -> new AssertionError(name + " is imported but not packaged")).bytes(),
        StandardCharsets.UTF_8);
  }
}
