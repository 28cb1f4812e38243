package dev.treaty.registry.service;

/** Confluent's rules for subject names that may be written to. */
public final class SubjectNames {

  /** Longest subject the store keeps. */
  static final int MAX_LENGTH = 4096;

  private SubjectNames() {}

  /**
   * Checks a subject named in a request path, for reads too: control characters (NUL above all)
   * cannot be stored or even compared by PostgreSQL.
   *
   * @throws RegistryException 42208 when the subject holds control characters
   */
  public static void requireReadable(String subject) {
    if (subject != null && subject.chars().anyMatch(Character::isISOControl)) {
      throw invalid("Subject name must not contain control characters");
    }
  }

  /** @throws RegistryException 42208 when the subject may not be written to */
  static void requireValid(String subject) {
    if (subject == null || subject.isEmpty()) {
      throw invalid("Subject name must not be empty");
    }
    if (subject.equals("__GLOBAL") || subject.equals("__EMPTY") || subject.startsWith(":.__GLOBAL:")) {
      throw invalid("Subject '" + subject + "' is reserved");
    }
    requireReadable(subject);
    if (subject.length() > MAX_LENGTH) {
      throw invalid("Subject name is longer than " + MAX_LENGTH + " characters");
    }
  }

  private static RegistryException invalid(String message) {
    return new RegistryException(ErrorCode.INVALID_SUBJECT, message);
  }
}
