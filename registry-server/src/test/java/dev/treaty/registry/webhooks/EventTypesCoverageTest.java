package dev.treaty.registry.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every event type the server appends is one a webhook can subscribe to by name, one the audit
 * trail's type filter offers and the UI tells in words, and one the API document lists. The types
 * are read from the server's sources, where they are written as literals at the append (or as a
 * constant named for the type), so a new event type without its webhook name fails here rather
 * than reaching receivers under a guessed name.
 */
class EventTypesCoverageTest {

  // EventRow.of("TYPE", appendEvent("TYPE", or a constant = "TYPE" in a class that appends
  private static final Pattern APPENDED = Pattern.compile(
      "(?:EventRow\\.of\\(|appendEvent\\(|static final String [A-Z_]+ = )\\s*\"([A-Z][A-Z_]+)\"");

  @Test
  void everyAppendedEventTypeHasAWebhookNameAnAuditLabelAndAnApiEntry() throws IOException {
    Set<String> appended = appendedTypes();
    // the scan must see the types we know of, or it proves nothing
    assertThat(appended).contains("SCHEMA_REGISTERED", "CONTRACT_GATE_OVERRIDE", "APPLICATION_DESCRIBED",
        "CAN_I_DEPLOY_FAILED", "CAN_I_DEPLOY_PASSED", "WEBHOOK_CREATED", "WEBHOOK_DELIVERY_REPLAYED");
    assertThat(appended).hasSizeGreaterThanOrEqualTo(27);

    String ui = resource("/dev/treaty/webui/event-entry.js");
    String openApi = resource("/openapi.json");
    String docs = Files.readString(Path.of("../docs/webhooks.md"));
    for (String type : appended) {
      assertThat(EventTypes.named(type)).as("webhook name of %s (EventTypes)", type).isTrue();
      assertThat(EventTypes.known()).as("subscribable %s", type).contains(EventTypes.of(type));
      assertThat(ui).as("label of %s in event-entry.js DESCRIBE", type).contains("  " + type + ": '");
      assertThat(openApi).as("%s in openapi.json's event types", type).containsPattern("[\" ]" + type + "[,\"]");
      assertThat(docs).as("%s in docs/webhooks.md's table", type).contains("`" + EventTypes.of(type) + "`");
    }
  }

  /** Only sources that append events are read, so other classes' constants (error codes) are not taken for types. */
  private static Set<String> appendedTypes() throws IOException {
    Set<String> types = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/treaty/registry"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (!source.contains("EventRow") && !source.contains("appendEvent(")) {
          continue;
        }
        Matcher matcher = APPENDED.matcher(source);
        while (matcher.find()) {
          types.add(matcher.group(1));
        }
      }
    }
    return types;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = EventTypesCoverageTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
