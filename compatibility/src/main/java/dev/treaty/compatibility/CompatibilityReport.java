package dev.treaty.compatibility;

import java.util.List;

/** The outcome of a level check: every finding, sorted; compatible when none is breaking. */
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
}
