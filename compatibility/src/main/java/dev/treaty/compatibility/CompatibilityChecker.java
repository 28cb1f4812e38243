package dev.treaty.compatibility;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that knows what the levels mean. Formats only answer "can this reader read what
 * that writer wrote"; BACKWARD makes the proposed schema the reader, FORWARD makes it the writer,
 * FULL does both, and the transitive levels repeat the check against every existing version.
 * Thread-safe.
 */
public final class CompatibilityChecker {

  /**
   * Checks {@code proposed} at {@code level} against the existing versions of a subject.
   *
   * @param existing the live versions, in any order; the newest (highest version) is "latest"
   */
  public CompatibilityReport check(
      CompatibilityLevel level,
      ParsedSchema proposed,
      List<VersionedSchema> existing,
      CheckOptions options) {
    List<Finding> findings = new ArrayList<>();
    for (VersionedSchema old : versionsToCheck(level, existing)) {
      if (backward(level)) {
        findings.addAll(checkPair(proposed, old.schema(), Direction.BACKWARD, old.version(), options));
      }
      if (forward(level)) {
        findings.addAll(checkPair(old.schema(), proposed, Direction.FORWARD, old.version(), options));
      }
    }
    return new CompatibilityReport(level, findings);
  }

  /**
   * Checks a single pair in one direction, outside any level (contracts, diffs). {@code direction}
   * says which side is the proposed schema, so the findings name the edit the right way round;
   * {@code null} reads the writer as the earlier schema.
   */
  public List<Finding> checkPair(
      ParsedSchema reader, ParsedSchema writer, Direction direction, Integer version, CheckOptions options) {
    Edit edit = Edit.of(direction);
    if (reader.format() != writer.format()) {
      return List.of(
          new Finding(
              RuleCatalog.SCHEMA_TYPE_CHANGED.id(),
              Severity.BREAKING,
              "",
              null,
              "The schema type changed from " + edit.earlier(writer, reader).format().name() + " to "
                  + edit.later(writer, reader).format().name() + ".",
              direction,
              version,
              RuleCatalog.SCHEMA_TYPE_CHANGED.remedy()));
    }
    SchemaFormat format = reader.format();
    return format.check(reader, writer, edit, options).stream()
        .filter(finding -> options.safeChanges() || finding.isBreaking())
        .map(finding -> finding.checked(direction, version).withRemedy(remedy(format, finding.ruleId())))
        .sorted(Finding.ORDER)
        .toList();
  }

  private static String remedy(SchemaFormat format, String ruleId) {
    Rule rule = RuleCatalog.find(format, ruleId);
    return rule == null ? null : rule.remedy();
  }

  private static List<VersionedSchema> versionsToCheck(CompatibilityLevel level, List<VersionedSchema> existing) {
    List<VersionedSchema> newestFirst = new ArrayList<>(existing);
    newestFirst.sort((a, b) -> Integer.compare(b.version(), a.version()));
    return switch (level) {
      case NONE -> List.of();
      case BACKWARD, FORWARD, FULL -> newestFirst.isEmpty() ? List.of() : newestFirst.subList(0, 1);
      case BACKWARD_TRANSITIVE, FORWARD_TRANSITIVE, FULL_TRANSITIVE -> newestFirst;
    };
  }

  /**
   * The directions {@code level} checks, backward first; empty for NONE. The one place that says
   * which levels read old data with the new schema and which the other way round.
   */
  public static List<Direction> directions(CompatibilityLevel level) {
    List<Direction> directions = new ArrayList<>(2);
    if (backward(level)) {
      directions.add(Direction.BACKWARD);
    }
    if (forward(level)) {
      directions.add(Direction.FORWARD);
    }
    return directions;
  }

  /**
   * Whether {@code level} checks every existing version (the transitive levels) rather than the
   * latest alone; callers that hold many versions read and parse only what will be checked.
   */
  public static boolean checksEveryVersion(CompatibilityLevel level) {
    return switch (level) {
      case BACKWARD_TRANSITIVE, FORWARD_TRANSITIVE, FULL_TRANSITIVE -> true;
      default -> false;
    };
  }

  private static boolean backward(CompatibilityLevel level) {
    return switch (level) {
      case BACKWARD, BACKWARD_TRANSITIVE, FULL, FULL_TRANSITIVE -> true;
      default -> false;
    };
  }

  private static boolean forward(CompatibilityLevel level) {
    return switch (level) {
      case FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE -> true;
      default -> false;
    };
  }
}
