package dev.treaty.compatibility.lint;

import java.util.Locale;

/** How much a lint finding matters: {@code ERROR} refuses where enforced, {@code OFF} disables the rule. */
public enum LintSeverity {
  ERROR,
  WARNING,
  OFF;

  /** Parses {@code ERROR}, {@code WARNING} (or {@code WARN}) and {@code OFF}, case-insensitively. */
  public static LintSeverity parse(String text) {
    String name = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    if (name.equals("WARN")) {
      return WARNING;
    }
    for (LintSeverity severity : values()) {
      if (severity.name().equals(name)) {
        return severity;
      }
    }
    throw new IllegalArgumentException("Unknown severity '" + text + "': use ERROR, WARNING or OFF");
  }
}
