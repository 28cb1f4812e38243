package dev.treaty.cli;

/** The user's input cannot be used (a missing file, a malformed option value); exits with 2. */
final class InputException extends RuntimeException {

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
