package dev.treaty.registry.service;

/** Confluent's rules for subject names that may be written to. */
final class SubjectNames {

  private SubjectNames() {}

  /** @throws RegistryException 42208 when the subject may not be written to */
  static void requireValid(String subject) {
    if (subject == null || subject.isEmpty()) {
      throw invalid("Subject name must not be empty");
    }
    if (subject.equals("__GLOBAL") || subject.equals("__EMPTY") || subject.startsWith(":.__GLOBAL:")) {
      throw invalid("Subject '" + subject + "' is reserved");
    }
    if (subject.chars().anyMatch(Character::isISOControl)) {
      throw invalid("Subject name must not contain control characters");
    }
  }

  private static RegistryException invalid(String message) {
    return new RegistryException(ErrorCode.INVALID_SUBJECT, message);
  }
}
