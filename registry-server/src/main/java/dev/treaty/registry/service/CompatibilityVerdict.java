package dev.treaty.registry.service;

import dev.treaty.client.model.Incompatibility;
import dev.treaty.compatibility.CompatibilityReport;
import dev.treaty.compatibility.Finding;
import java.util.List;

/**
 * A compatibility report together with its rendering for Confluent clients: {@code messages}
 * in the shape Confluent's server writes them.
 */
public record CompatibilityVerdict(CompatibilityReport report, List<String> messages) {

  public boolean isCompatible() {
    return report.isCompatible();
  }

  /** The breaking findings as wire records. */
  public List<Incompatibility> incompatibilities() {
    return report.breaking().stream().map(CompatibilityVerdict::wire).toList();
  }

  private static Incompatibility wire(Finding finding) {
    return new Incompatibility(
        finding.ruleId(),
        finding.path(),
        finding.location(),
        finding.message(),
        finding.direction() == null ? null : finding.direction().name(),
        finding.checkedVersion());
  }
}
