package dev.treaty.registry.service;

import java.util.List;

/**
 * A subject as its page in the web UI shows it: every version (soft-deleted ones marked), the
 * level and mode that apply, and whether they are the subject's own or inherited.
 */
public record SubjectDetail(
    String subject,
    String schemaType,
    String compatibilityLevel,
    boolean ownCompatibilityLevel,
    String mode,
    boolean ownMode,
    List<Version> versions) {

  /** One version: its number, schema id, registration time (ISO-8601) and soft-deleted flag. */
  public record Version(int version, int id, String registered, boolean deleted) {}
}
