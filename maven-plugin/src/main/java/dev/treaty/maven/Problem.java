package dev.treaty.maven;

import dev.treaty.client.model.Incompatibility;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Finding;

/**
 * One thing wrong with one subject's schema: a breaking change (rule id, JSON Pointer, sentence,
 * and which side can no longer read which) or an error (no rule id).
 */
record Problem(String subject, String ruleId, String path, String message, String direction, Integer version) {

  static Problem error(String subject, String message) {
    return new Problem(subject, null, null, message, null, null);
  }

  static Problem of(String subject, Finding finding) {
    String direction = finding.direction() == null ? null : finding.direction().name();
    return new Problem(subject, finding.ruleId(), finding.path(), finding.message(), direction,
        finding.checkedVersion());
  }

  static Problem of(String subject, Incompatibility incompatibility) {
    return new Problem(subject, incompatibility.ruleId(), incompatibility.path(), incompatibility.message(),
        incompatibility.direction(), incompatibility.version());
  }

  boolean isIncompatibility() {
    return ruleId != null;
  }

  /** One line: rule id, path, who can no longer read what, and the sentence. */
  String describe() {
    if (!isIncompatibility()) {
      return message;
    }
    String where = path == null || path.isEmpty() ? "the whole schema" : path;
    return ruleId + " at " + where + consumer() + ": " + message;
  }

  private String consumer() {
    String other = version == null ? "the previous schema" : "version " + version;
    if (Direction.BACKWARD.name().equals(direction)) {
      return " (consumers using the new schema cannot read data written with " + other + ")";
    }
    if (Direction.FORWARD.name().equals(direction)) {
      return " (consumers still using " + other + " cannot read data written with the new schema)";
    }
    return "";
  }
}
