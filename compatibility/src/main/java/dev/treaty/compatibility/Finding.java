package dev.treaty.compatibility;

import java.util.Comparator;
import java.util.Objects;

/**
 * One change found between two schemas, or one problem of a payload.
 *
 * @param ruleId stable UPPER_SNAKE rule id, listed in {@link RuleCatalog}
 * @param severity whether the change breaks under the options it was checked with
 * @param path RFC 6901 JSON Pointer into the schema ({@code ""} is the whole schema)
 * @param location {@code file:line:column} in .proto text, or {@code null}
 * @param message one sentence a person understands
 * @param direction which way the pair was checked, or {@code null} outside a level check
 * @param checkedVersion the existing version checked against, or {@code null}
 * @param remedy one sentence on how to make the change safely (the rule's), or {@code null}
 * @param side which schema {@code location} points into, or {@code null} when not known (no location)
 */
public record Finding(
    String ruleId,
    Severity severity,
    String path,
    String location,
    String message,
    Direction direction,
    Integer checkedVersion,
    String remedy,
    Side side) {

  /** Findings in a stable order: version (newest first), direction, path, rule id, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::checkedVersion, Comparator.nullsFirst(Comparator.reverseOrder()))
          .thenComparing(Finding::direction, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::path)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  public Finding(
      String ruleId, Severity severity, String path, String location, String message, Direction direction,
      Integer checkedVersion, String remedy) {
    this(ruleId, severity, path, location, message, direction, checkedVersion, remedy, null);
  }

  public Finding(
      String ruleId, Severity severity, String path, String location, String message, Direction direction,
      Integer checkedVersion) {
    this(ruleId, severity, path, location, message, direction, checkedVersion, null, null);
  }

  public static Finding breaking(String ruleId, SchemaPath path, String message) {
    return new Finding(ruleId, Severity.BREAKING, path.toString(), null, message, null, null);
  }

  public static Finding safe(String ruleId, SchemaPath path, String message) {
    return new Finding(ruleId, Severity.SAFE, path.toString(), null, message, null, null);
  }

  public boolean isBreaking() {
    return severity == Severity.BREAKING;
  }

  public Finding at(String location) {
    return new Finding(ruleId, severity, path, location, message, direction, checkedVersion, remedy, side);
  }

  /** This finding with its location in {@code side}'s schema. */
  public Finding at(String location, Side side) {
    return new Finding(ruleId, severity, path, location, message, direction, checkedVersion, remedy, side);
  }

  public Finding withRemedy(String remedy) {
    return new Finding(ruleId, severity, path, location, message, direction, checkedVersion, remedy, side);
  }

  public Finding checked(Direction direction, Integer version) {
    return new Finding(ruleId, severity, path, location, message, direction, version, remedy, side);
  }
}
