package dev.treaty.compatibility.lint;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a lint rule asks to change in a schema. Shaped like a compatibility finding, so that
 * printers and HTTP bodies treat both alike. Its JSON always has every field ({@code "path": ""} is
 * the whole schema, {@code "location": null} outside .proto text).
 *
 * @param ruleId stable UPPER_SNAKE id (buf's own id for the Protobuf style rules)
 * @param severity {@code ERROR} or {@code WARNING}, as the rule set says
 * @param path RFC 6901 JSON Pointer into the schema ({@code ""} is the whole schema)
 * @param location {@code file:line:column} in .proto text, or {@code null}
 * @param message what is wrong and why it matters, in one or two sentences
 * @param remedy the edit that makes the finding go away
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LintFinding(
    String ruleId, LintSeverity severity, String path, String location, String message, String remedy) {

  /** Stable order: path, then rule id, then message. */
  public static final Comparator<LintFinding> ORDER = Comparator.comparing(LintFinding::path)
      .thenComparing(LintFinding::ruleId)
      .thenComparing(LintFinding::message);

  public LintFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(remedy, "remedy");
  }

  public boolean isError() {
    return severity == LintSeverity.ERROR;
  }
}
