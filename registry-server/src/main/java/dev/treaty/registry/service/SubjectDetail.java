package dev.treaty.registry.service;

import java.util.List;

/**
 * A subject as its page in the web UI shows it: every version (soft-deleted ones marked), the
 * level and mode that apply, and whether they are the subject's own or inherited, the lint rules,
 * the subject's deprecation ({@code null} when it is not deprecated) and its contract gate (the
 * environment whose deployed consumers judge registrations; {@code null} when not gated).
 */
public record SubjectDetail(
    String subject,
    String schemaType,
    String compatibilityLevel,
    boolean ownCompatibilityLevel,
    String mode,
    boolean ownMode,
    String lintRules,
    String lintEnforcement,
    Deprecation deprecation,
    String contractGate,
    List<Version> versions) {

  /**
   * One version: its number, schema id, registration time (ISO-8601), soft-deleted flag, its own
   * deprecation ({@code null} when only its subject is deprecated, or nothing is) and the lint
   * findings it was registered with.
   */
  public record Version(
      int version, int id, String registered, boolean deleted, Deprecation deprecation,
      List<dev.treaty.compatibility.lint.LintFinding> findings) {}
}
