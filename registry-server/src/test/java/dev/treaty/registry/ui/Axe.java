package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.registry.NpmProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core (the npm package pinned in src/test/npm, installed by ./test.sh) run inside the page
 * through Selenium: the violations of the page as shown, those of serious or critical impact.
 */
final class Axe {

  private static final Path SCRIPT = NpmProject.DIRECTORY.resolve("node_modules/axe-core/axe.min.js");
  private static final Set<String> FAILING = Set.of("serious", "critical");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String source;

  private Axe(String source) {
    this.source = source;
  }

  static Axe load() {
    try {
      NpmProject.install("axe-core");
      return new Axe(Files.readString(SCRIPT, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The serious and critical violations on the browser's current page, one line per element. */
  List<String> violations(Browser browser, String page) {
    browser.driver.executeScript("if (!window.axe) { " + source + "\n }");
    Object answer = browser.driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] })
          .then((result) => done(JSON.stringify(result.violations)))
          .catch((e) => done(JSON.stringify({ error: String(e) })));""");
    List<String> found = new ArrayList<>();
    try {
      JsonNode result = JSON.readTree(String.valueOf(answer));
      assertThat(result.has("error")).as("axe failed on %s: %s", page, result).isFalse();
      for (JsonNode violation : result) {
        if (!FAILING.contains(violation.path("impact").asText())) {
          continue;
        }
        for (JsonNode node : violation.path("nodes")) {
          found.add(page + ": " + violation.path("impact").asText() + " " + violation.path("id").asText() + " ("
              + violation.path("help").asText() + ") at " + node.path("target") + ": "
              + node.path("failureSummary").asText().replace('\n', ' '));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
