package dev.treaty.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChangeReport(
    String subject, String old, String proposed, String level, boolean compatible, List<Change> changes,
    @JsonIgnore boolean complete,
    @JsonIgnore String file) {

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
    String counts = count(breakingCount(), "breaking change")
        + (complete ? ", " + count(safeCount(), "safe change") : "");
    return what + ": " + verdict + level + " (" + counts + ")";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
