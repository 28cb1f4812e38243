package dev.treaty.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The wording of a case under BACKWARD, FORWARD and FULL: every change row as people read it (its
 * verdict per direction, rule, path and sentence), compared with the case's golden wording file,
 * and checked for sentences that contradict the edit. Rewrite the golden files with
 * {@code -Dtreaty.wording.write=true} after a deliberate change, then review the diff.
 */
public final class Wording {

  private static final List<CompatibilityLevel> LEVELS =
      List.of(CompatibilityLevel.BACKWARD, CompatibilityLevel.FORWARD, CompatibilityLevel.FULL);

  private Wording() {}

  /** Checks the case against {@code golden}: same rows, and no FORWARD sentence undoing a BACKWARD one. */
  public static void check(ParsedSchema existing, ParsedSchema proposed, CheckOptions options, Path golden) {
    CompatibilityChecker checker = new CompatibilityChecker();
    List<VersionedSchema> history = List.of(new VersionedSchema(1, existing));
    List<String> lines = new ArrayList<>();
    List<List<String>> edits = new ArrayList<>();
    for (CompatibilityLevel level : LEVELS) {
      List<Change> changes = checker.check(level, proposed, history, options).changes();
      lines.add(level.name());
      changes.forEach(change -> lines.add("  " + row(change)));
      edits.add(changes.stream().map(Change::edit).toList());
    }
    assertThat(contradictions(edits.get(0), edits.get(1)))
        .as("FORWARD sentences that read as the BACKWARD edit undone").isEmpty();
    String text = String.join("\n", lines) + "\n";
    try {
      if (Boolean.getBoolean("treaty.wording.write")) {
        Files.writeString(golden, text);
        return;
      }
      assertThat(Files.exists(golden)).as(golden + " exists (write it with -Dtreaty.wording.write=true)").isTrue();
      assertThat(text).isEqualTo(Files.readString(golden));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String row(Change change) {
    String verdicts = change.verdicts().stream()
        .map(v -> v.direction() + "=" + v.severity() + "(" + v.ruleId() + ")")
        .collect(Collectors.joining(" "));
    return verdicts + " " + (change.path().isEmpty() ? "/" : change.path()) + " | " + change.sentence();
  }

  /**
   * FORWARD edit sentences whose mirror (added and removed, gained and lost, "from A to B" swapped)
   * is a BACKWARD sentence while they themselves are not: the same edit said backwards.
   */
  static List<String> contradictions(List<String> backward, List<String> forward) {
    Set<String> said = Set.copyOf(backward);
    return forward.stream().filter(s -> !said.contains(s) && said.contains(mirror(s))).toList();
  }

  private static final Pattern FROM_TO = Pattern.compile("from (.+?) to (.+?)(?=[.;:,]( |$)|$)");

  static String mirror(String sentence) {
    Matcher word = OPPOSITES.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (word.find()) {
      word.appendReplacement(out, Matcher.quoteReplacement(OPPOSITE.get(word.group())));
    }
    word.appendTail(out);
    String swapped = out.toString();
    Matcher m = FROM_TO.matcher(swapped);
    return m.find() ? swapped.substring(0, m.start()) + "from " + m.group(2) + " to " + m.group(1) + swapped.substring(m.end())
        : swapped;
  }

  private static final Map<String, String> OPPOSITE = Map.of(
      "added to", "removed from", "removed from", "added to", "added", "removed", "removed", "added",
      "gained", "lost", "lost", "gained", "now required", "no longer required", "no longer required", "now required");

  private static final Pattern OPPOSITES = Pattern.compile("added to|removed from|added|removed|gained|lost|no longer required|now required");
}
