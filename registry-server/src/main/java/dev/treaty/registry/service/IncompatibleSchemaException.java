package dev.treaty.registry.service;

import dev.treaty.compatibility.CompatibilityReport;

/** A registration refused because the schema breaks the subject's compatibility level (HTTP 409). */
public final class IncompatibleSchemaException extends RegistryException {

  private final CompatibilityReport report;
  private final transient CompatibilityVerdict verdict;

  IncompatibleSchemaException(String subject, CompatibilityVerdict verdict) {
    super(
        ErrorCode.INCOMPATIBLE_SCHEMA,
        "Schema being registered is incompatible with an earlier schema for subject \""
            + subject + "\", details: " + verdict.messages());
    this.report = verdict.report();
    this.verdict = verdict;
  }

  public CompatibilityReport report() {
    return report;
  }

  public CompatibilityVerdict verdict() {
    return verdict;
  }
}
