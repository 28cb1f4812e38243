package dev.treaty.compatibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One edit between the proposed schema and one existing version, with its verdict in each
 * direction that was checked: the row a person reads. A FULL check judges every edit twice (the
 * new schema reading old data, old readers reading new data); the findings of both directions that
 * name the same edit become one change.
 *
 * @param path RFC 6901 pointer of the edit (into the proposed schema where the format says so)
 * @param location {@code file:line:column} in .proto text, or {@code null}
 * @param side which schema {@code location} points into (a deletion: the old one), or {@code null}
 * @param edit the sentence naming the edit, e.g. "Field `amount` was added without a default."
 * @param remedy how to make the edit safely, from the rule of the first breaking verdict
 * @param checkedVersion the existing version compared with, or {@code null} outside a level check
 * @param verdicts one per direction checked, BACKWARD first
 */
public record Change(
    String path, String location, Side side, String edit, String remedy, Integer checkedVersion,
    List<Verdict> verdicts) {

  /** How one direction judged the edit, under which rule. */
  public record Verdict(Direction direction, String ruleId, Severity severity) {}

  /** Changes in a stable order: version (newest first), path, edit. */
  public static final Comparator<Change> ORDER =
      Comparator.comparing(Change::checkedVersion, Comparator.nullsFirst(Comparator.reverseOrder()))
          .thenComparing(Change::path)
          .thenComparing(Change::edit);

  public Change {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(edit, "edit");
    verdicts = List.copyOf(verdicts);
  }

  /** Groups findings into changes: one per existing version and edit sentence. */
  public static List<Change> of(List<Finding> findings) {
    Map<List<Object>, List<Finding>> byEdit = new LinkedHashMap<>();
    for (Finding finding : findings.stream().sorted(Finding.ORDER).toList()) {
      byEdit.computeIfAbsent(java.util.Arrays.asList(finding.checkedVersion(), finding.message()), key -> new ArrayList<>())
          .add(finding);
    }
    return byEdit.values().stream().map(Change::merge).sorted(ORDER).toList();
  }

  private static Change merge(List<Finding> same) {
    List<Finding> ordered = same.stream()
        .sorted(Comparator.comparing(Finding::direction, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::severity))
        .toList();
    Finding first = ordered.get(0);
    Finding decisive = ordered.stream().filter(Finding::isBreaking).findFirst().orElse(first);
    List<Verdict> verdicts = new ArrayList<>();
    for (Finding finding : ordered) {
      if (verdicts.stream().noneMatch(v -> v.direction() == finding.direction())) {
        verdicts.add(new Verdict(finding.direction(), finding.ruleId(), finding.severity()));
      }
    }
    Finding located = first.location() != null ? first : decisive;
    return new Change(first.path(), located.location(), located.side(),
        first.message(), decisive.remedy(), first.checkedVersion(), verdicts);
  }

  public boolean isBreaking() {
    return verdicts.stream().anyMatch(verdict -> verdict.severity() == Severity.BREAKING);
  }

  /** The rule of the first breaking verdict, or of the first verdict when none breaks. */
  public String ruleId() {
    return decisive().ruleId();
  }

  /** The first direction that breaks, or of the first verdict when none breaks. */
  public Direction direction() {
    return decisive().direction();
  }

  /** The severity in {@code direction}, or {@code null} when that direction was not checked. */
  public Severity severity(Direction direction) {
    return verdicts.stream().filter(v -> v.direction() == direction).map(Verdict::severity).findFirst().orElse(null);
  }

  private Verdict decisive() {
    return verdicts.stream().filter(v -> v.severity() == Severity.BREAKING).findFirst().orElse(verdicts.get(0));
  }

  /**
   * The edit, then whom it breaks in each direction that breaks: "Field `id` changed type from int
   * to string: this breaks consumers on the new schema reading data written with version 2."
   */
  public String sentence() {
    if (checkedVersion == null) {
      return edit; // a pair outside a level check (a contract): whom it breaks is said by the caller
    }
    List<String> why = verdicts.stream()
        .filter(verdict -> verdict.severity() == Severity.BREAKING && verdict.direction() != null)
        .map(verdict -> whom(verdict.direction(), checkedVersion))
        .toList();
    if (why.isEmpty()) {
      return edit;
    }
    String stem = edit.endsWith(".") ? edit.substring(0, edit.length() - 1) : edit;
    return stem + ": this breaks " + String.join(", and ", why) + ".";
  }

  /** Whom an edit that breaks in {@code direction} hurts. */
  public static String whom(Direction direction, Integer version) {
    String existing = version == null ? "the existing schema" : "version " + version;
    return direction == Direction.BACKWARD
        ? "consumers on the new schema reading data written with " + existing
        : "consumers still on " + existing + " reading data written with the new schema";
  }
}
