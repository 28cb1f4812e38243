package dev.treaty.maven;

import dev.treaty.client.model.Incompatibility;
import dev.treaty.compatibility.Change;

/**
 * One thing wrong with one subject's schema: a breaking change (rule id, JSON Pointer, the sentence
 * naming the edit and whom it breaks, and how to make it safe) or an error (no rule id).
 */
record Problem(String subject, String ruleId, String path, String message, String direction, Integer version,
    String remedy) {

  static Problem error(String subject, String message) {
    return new Problem(subject, null, null, message, null, null, null);
  }

  /** A change the library found here; its sentence already says whom it breaks. */
  static Problem of(String subject, Change change) {
    String direction = change.direction() == null ? null : change.direction().name();
    return new Problem(subject, change.ruleId(), change.path(), change.sentence(), direction, change.checkedVersion(),
        change.remedy());
  }

  /** A change the registry reported; its sentence already says whom it breaks. */
  static Problem of(String subject, Incompatibility incompatibility) {
    return new Problem(subject, incompatibility.ruleId(), incompatibility.path(), incompatibility.message(),
        incompatibility.direction(), incompatibility.version(), incompatibility.remedy());
  }

  boolean isIncompatibility() {
    return ruleId != null;
  }

  /** One line: rule id, path, the sentence, and how to make the change safe. */
  String describe() {
    if (!isIncompatibility()) {
      return message;
    }
    String where = path == null || path.isEmpty() ? "the whole schema" : path;
    return ruleId + " at " + where + ": " + message + (remedy == null ? "" : " How to make it safe: " + remedy);
  }
}
