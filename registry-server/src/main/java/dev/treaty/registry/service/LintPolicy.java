package dev.treaty.registry.service;

import java.util.Locale;

/**
 * How a subject's registrations are linted: the rule set's name ({@code null}: not linted) and the
 * enforcement. {@code ERROR} refuses a schema with ERROR findings and returns the rest as warnings;
 * {@code WARN} registers and returns every finding as a warning; {@code OFF} does not lint.
 * A rule set named without an enforcement is enforced ({@code ERROR}).
 */
record LintPolicy(String ruleSet, Enforcement enforcement) {

  enum Enforcement { ERROR, WARN, OFF }

  static final LintPolicy NONE = new LintPolicy(null, Enforcement.OFF);

  static LintPolicy of(String ruleSet, String enforcement) {
    if (ruleSet == null || ruleSet.isBlank()) {
      return NONE;
    }
    return new LintPolicy(ruleSet, enforcement == null ? Enforcement.ERROR : enforcement(enforcement));
  }

  /** @throws RegistryException 42203 for a value other than ERROR, WARN or OFF */
  static Enforcement enforcement(String text) {
    try {
      return Enforcement.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RegistryException(ErrorCode.INVALID_COMPATIBILITY_LEVEL,
          "Invalid lintEnforcement: " + text + "; valid values are ERROR, WARN, OFF");
    }
  }

  boolean isOn() {
    return ruleSet != null && enforcement != Enforcement.OFF;
  }
}
