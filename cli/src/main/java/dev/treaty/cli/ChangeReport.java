package dev.treaty.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.treaty.client.model.Judge;
import java.util.List;

/**
 * The outcome of {@code check}, {@code diff} or a refused {@code register}: what was compared,
 * under which level, and every change found.
 *
 * @param subject the registry subject checked against, or {@code null} for a diff
 * @param old the old schema (a file or {@code SUBJECT@VERSION}), or {@code null} for a check
 * @param proposed the new schema's file or {@code SUBJECT@VERSION}
 * @param complete whether safe changes are listed too (a registry reports only breaking ones)
 * @param file the local file annotations point at, or {@code null} when NEW came from the registry
 * @param oldFile the local file of OLD, where annotations of what only OLD has go, or {@code null}
 * @param judge who decided on the registry (the level or the contract gate), or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChangeReport(
    String subject, String old, String proposed, String level, boolean compatible, List<Change> changes,
    @JsonIgnore boolean complete,
    @JsonIgnore String file,
    @JsonIgnore String oldFile,
    Judge judge) {

  ChangeReport(String subject, String old, String proposed, String level, boolean compatible, List<Change> changes,
      boolean complete, String file) {
    this(subject, old, proposed, level, compatible, changes, complete, file, null, null);
  }

  ChangeReport(String subject, String old, String proposed, String level, boolean compatible, List<Change> changes,
      boolean complete, String file, Judge judge) {
    this(subject, old, proposed, level, compatible, changes, complete, file, null, judge);
  }

  long breakingCount() {
    return changes.stream().filter(Change::breaking).count();
  }

  long safeCount() {
    return changes.size() - breakingCount();
  }

  String summary() {
    String what = old != null ? old + " -> " + proposed : proposed + (subject == null ? "" : " -> " + subject);
    String verdict = compatible ? "compatible" : "incompatible";
    String level = this.level == null ? "" : " under " + this.level;
    if (judge != null && Judge.CONTRACT_GATE.equals(judge.kind())) {
      verdict = "refused by";
      level = " " + judge.describe();
    } else if (judge != null && Judge.CONTRACT_GATE_OVERRIDE.equals(judge.kind())) {
      level = " by " + judge.describe();
    }
    String counts = count(breakingCount(), "breaking change")
        + (complete ? ", " + count(safeCount(), "safe change") : "");
    return what + ": " + verdict + level + " (" + counts + ")";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
