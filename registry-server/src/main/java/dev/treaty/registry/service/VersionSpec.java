package dev.treaty.registry.service;

import java.util.Locale;

/**
 * A version as written in a path: a number from 1 to 2^31-1, or {@code latest} / {@code -1} for
 * the newest live version.
 */
public record VersionSpec(int number) {

  static final VersionSpec LATEST = new VersionSpec(-1);

  /** @throws RegistryException 42202 for anything else */
  public static VersionSpec parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.toLowerCase(Locale.ROOT).equals("latest")) {
      return LATEST;
    }
    try {
      int number = Integer.parseInt(trimmed);
      if (number >= 1 || number == -1) {
        return new VersionSpec(number);
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw new RegistryException(
        ErrorCode.INVALID_VERSION,
        "The specified version '" + text + "' is not a valid version id. "
            + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
  }

  public boolean isLatest() {
    return number == -1;
  }
}
