package dev.treaty.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Collects what went wrong, subject by subject, so that one build run reports every failing
 * subject together at the end instead of stopping at the first.
 */
final class Problems {

  private final Map<String, List<Problem>> bySubject = new LinkedHashMap<>();
  private final Map<String, String> headlines = new LinkedHashMap<>();

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

  boolean isEmpty() {
    return bySubject.isEmpty();
  }

  int subjectCount() {
    return bySubject.size();
  }

  /**
   * Fails the build with every problem in the message (Maven prints it once, at the end, where a
   * CI log is read), or with {@code failBuild} off logs the same text as warnings.
   */
  void report(Log log, String goal, int checked, boolean failBuild) throws MojoFailureException {
    if (isEmpty()) {
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
}
