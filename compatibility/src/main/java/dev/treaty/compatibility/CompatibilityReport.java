package dev.treaty.compatibility;

import java.util.List;

/**
 * The outcome of a level check: every finding (one per direction), sorted; compatible when none is
 * breaking. {@link #changes()} groups them into the rows people read.
 */
public record CompatibilityReport(CompatibilityLevel level, List<Finding> findings) {

  public CompatibilityReport {
    findings = findings.stream().sorted(Finding.ORDER).toList();
  }

  public boolean isCompatible() {
    return findings.stream().noneMatch(Finding::isBreaking);
  }

  public List<Finding> breaking() {
    return findings.stream().filter(Finding::isBreaking).toList();
  }

  /** One row per edit and existing version, with its verdict per direction checked. */
  public List<Change> changes() {
    return Change.of(findings);
  }

  /** The changes that break in at least one direction. */
  public List<Change> breakingChanges() {
    return changes().stream().filter(Change::isBreaking).toList();
  }
}
