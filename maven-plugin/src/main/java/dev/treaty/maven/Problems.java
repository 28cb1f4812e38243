package dev.treaty.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Collects what went wrong, subject by subject, so that one build run reports every failing
 * subject together at the end instead of stopping at the first.
 */
final class Problems {

  private final Map<String, List<Problem>> bySubject = new LinkedHashMap<>();
  private final Map<String, String> headlines = new LinkedHashMap<>();
  private final Map<String, String> unreachable = new LinkedHashMap<>();

  /** Records the problems of one subject under a headline such as "is not BACKWARD compatible". */
  void add(String subject, String headline, List<Problem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    headlines.putIfAbsent(subject, headline);
    bySubject.computeIfAbsent(subject, s -> new ArrayList<>()).addAll(problems);
  }

  void add(String subject, String headline, Problem problem) {
    add(subject, headline, List.of(problem));
  }

  /**
   * Records that the registry could not be reached for {@code subject}: not a verdict on the
   * schema, so {@code failOnIncompatible} does not soften it (see {@link #report}).
   */
  void unreachable(String subject, String message) {
    unreachable.putIfAbsent(subject, message);
  }

  boolean isEmpty() {
    return bySubject.isEmpty() && unreachable.isEmpty();
  }

  int subjectCount() {
    return bySubject.size();
  }

  /**
   * Fails the build with every problem in the message (Maven prints it once, at the end, where a
   * CI log is read), or with {@code failBuild} off logs the same text as warnings.
   */
  void report(Log log, String goal, int checked, boolean failBuild) throws MojoFailureException {
    if (bySubject.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    bySubject.forEach((subject, problems) -> {
      lines.add(subject + " " + headlines.get(subject) + ":");
      problems.forEach(problem -> lines.add("  - " + problem.describe()));
    });
    String summary = goal + ": " + subjectCount() + " of " + checked + " subject(s) failed: "
        + String.join(", ", bySubject.keySet());
    if (failBuild) {
      throw new MojoFailureException(summary + "\n" + String.join("\n", lines));
    }
    lines.forEach(log::warn);
    log.warn(summary + " (failOnIncompatible is false, so the build goes on)");
  }

  /**
   * Reports as {@link #report(Log, String, int, boolean)} does, after failing the build (as an
   * error, not a failure) when the registry could not be reached, unless {@code failOnUnreachable}
   * is off: then the subjects it could not be asked about are warned of, and left unchecked.
   */
  void report(Log log, String goal, int checked, boolean failBuild, boolean failOnUnreachable)
      throws MojoExecutionException, MojoFailureException {
    if (!unreachable.isEmpty()) {
      List<String> lines = new ArrayList<>();
      unreachable.forEach((subject, message) -> lines.add("  - " + subject + ": " + message));
      String summary = goal + ": the registry could not be reached for " + unreachable.size() + " of " + checked
          + " subject(s): " + String.join(", ", unreachable.keySet());
      if (failOnUnreachable) {
        lines.forEach(log::error);
        throw new MojoExecutionException(summary + "\n" + String.join("\n", lines)
            + "\n(failOnIncompatible does not cover this; set failOnUnreachable to false to go on without the registry)");
      }
      lines.forEach(log::warn);
      log.warn(summary + " (failOnUnreachable is false, so the build goes on)");
    }
    report(log, goal, checked, failBuild);
  }
}
