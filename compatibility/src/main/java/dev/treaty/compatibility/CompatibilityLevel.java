package dev.treaty.compatibility;

import java.util.Locale;

/** Confluent's compatibility levels. Their meaning lives in {@link CompatibilityChecker} alone. */
public enum CompatibilityLevel {
  NONE,
  BACKWARD,
  BACKWARD_TRANSITIVE,
  FORWARD,
  FORWARD_TRANSITIVE,
  FULL,
  FULL_TRANSITIVE;

  /**
   * Parses a level name case-insensitively.
   *
   * @throws IllegalArgumentException naming the valid levels when {@code name} is none of them
   */
  public static CompatibilityLevel parse(String name) {
    if (name != null) {
      for (CompatibilityLevel level : values()) {
        if (level.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
          return level;
        }
      }
    }
    throw new IllegalArgumentException(
        "Invalid compatibility level: " + name + "; valid levels are "
            + java.util.Arrays.toString(values()));
  }
}
