package dev.treaty.registry.service;

import java.util.List;

/**
 * Two versions of a subject side by side with every change between them, each change judged at
 * every level: {@code breaks} lists the levels under which it would refuse the newer version,
 * and {@code verdicts} says for each level whether {@code to} may follow {@code from}.
 */
public record VersionDiff(
    String subject,
    String compatibilityLevel,
    Side from,
    Side to,
    List<Change> changes,
    List<Verdict> verdicts) {

  /** One of the two versions compared. */
  public record Side(int version, int id, String schemaType, String schema, boolean deleted) {}

  /**
   * One edit between the versions, judged in both directions: {@code verdicts} per direction,
   * {@code severity} BREAKING when either breaks, {@code ruleId} and {@code direction} of the first
   * that breaks, {@code message} naming the edit, {@code remedy} how to make it safe.
   */
  public record Change(
      String ruleId, String severity, String path, String location, String message, String direction,
      List<String> breaks, java.util.Map<String, String> verdicts, String remedy) {}

  /** Whether {@code to} is compatible with {@code from} at {@code level}. */
  public record Verdict(String level, boolean compatible) {}
}
