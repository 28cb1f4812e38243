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
   * Logs every problem and, unless {@code failBuild} is off, fails the build naming the subjects.
   * With {@code failBuild} off the same text is logged as warnings.
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
    lines.forEach(line -> {
      if (failBuild) {
        log.error(line);
      } else {
        log.warn(line);
      }
    });
    String summary = goal + ": " + subjectCount() + " of " + checked + " subject(s) failed: "
        + String.join(", ", bySubject.keySet());
    if (failBuild) {
      throw new MojoFailureException(summary + System.lineSeparator() + String.join(System.lineSeparator(), lines));
    }
    log.warn(summary + " (failOnIncompatible is false, so the build goes on)");
  }
}
