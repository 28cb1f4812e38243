package dev.treaty.registry.service;

import dev.treaty.client.model.Judge;
import dev.treaty.compatibility.Change;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityReport;
import java.util.List;
import java.util.Map;

/**
 * What decided a compatibility question, kept structured until the HTTP edge renders it: the
 * report (its changes), the judge (the level or the contract gate), the text of each existing
 * version checked, which Confluent's messages quote, the options it was judged with, and whether
 * Confluent's {@code validateFields} checks ran (its messages say so).
 */
public record CompatibilityVerdict(
    CompatibilityReport report, Judge judge, Map<Integer, String> oldSchemas, CheckOptions options,
    boolean validateFields) {

  public CompatibilityVerdict {
    oldSchemas = Map.copyOf(oldSchemas);
  }

  public boolean isCompatible() {
    return report.isCompatible();
  }

  /** The changes that break, one row per edit and version. */
  public List<Change> breakingChanges() {
    return report.breakingChanges();
  }

  /** Another report under another judge (the gate taking over). */
  public CompatibilityVerdict decidedBy(Judge other, CompatibilityReport otherReport) {
    return new CompatibilityVerdict(otherReport, other, oldSchemas, options, validateFields);
  }
}
