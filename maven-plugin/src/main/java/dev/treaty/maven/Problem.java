package dev.treaty.maven;

import dev.treaty.client.model.Incompatibility;
import dev.treaty.compatibility.Change;

/**
 * One thing wrong with one subject's schema: a breaking change (rule id, JSON Pointer, the sentence
 * naming the edit and whom it breaks, and how to make it safe) or an error (no rule id).
 */
record Problem(String subject, String ruleId, String path, String message, String direction, Integer version,
    String remedy, String location) {

  static Problem error(String subject, String message) {
    return new Problem(subject, null, null, message, null, null, null, null);
  }

  /**
   * A change the library found here; its sentence already says whom it breaks. {@code location} is
   * the {@code file:line:column} in the file it belongs to (the old one for a deletion), or {@code null}.
   */
  static Problem of(String subject, Change change, String location) {
    String direction = change.direction() == null ? null : change.direction().name();
    return new Problem(subject, change.ruleId(), change.path(), change.sentence(), direction, change.checkedVersion(),
        change.remedy(), location);
  }

  /** A change the registry reported; its sentence already says whom it breaks. */
  static Problem of(String subject, Incompatibility incompatibility) {
    return new Problem(subject, incompatibility.ruleId(), incompatibility.path(), incompatibility.message(),
        incompatibility.direction(), incompatibility.version(), incompatibility.remedy(), null);
  }

  boolean isIncompatibility() {
    return ruleId != null;
  }

  /** One line: rule id, path, the sentence, and how to make the change safe. */
  String describe() {
    if (!isIncompatibility()) {
      return message;
    }
    String where = (path == null || path.isEmpty() ? "the whole schema" : path)
        + (location == null ? "" : " (" + location + ")");
    return ruleId + " at " + where + ": " + message + (remedy == null ? "" : " How to make it safe: " + remedy);
  }
}
