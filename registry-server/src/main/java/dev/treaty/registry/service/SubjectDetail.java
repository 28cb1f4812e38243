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
   * deprecation ({@code null} when only its subject is deprecated, or nothing is), the lint
   * findings it was registered with, and the gate override it entered through ({@code null} for
   * the usual way in).
   */
  public record Version(
      int version, int id, String registered, boolean deleted, Deprecation deprecation,
      List<dev.treaty.compatibility.lint.LintFinding> findings, GateOverride gateOverride) {}

  /**
   * The contract gate let this version in although the level forbade it, since no consumer
   * deployed in {@code environment} was affected: the {@code CONTRACT_GATE_OVERRIDE} event's id,
   * the consumers that were judged ({@code "none"} when none was deployed) and the rule ids the
   * level broke on.
   */
  public record GateOverride(long event, String environment, String consumers, String overruled) {}
}
