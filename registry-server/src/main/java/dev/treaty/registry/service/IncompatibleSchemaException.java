package dev.treaty.registry.service;

import dev.treaty.compatibility.CompatibilityReport;

/**
 * A registration refused because the schema breaks the subject's compatibility level, or its
 * contract gate (HTTP 409). The HTTP edge words the message from the verdict.
 */
public final class IncompatibleSchemaException extends RegistryException {

  private final String subject;
  private final CompatibilityReport report;
  private final transient CompatibilityVerdict verdict;

  IncompatibleSchemaException(String subject, CompatibilityVerdict verdict) {
    super(ErrorCode.INCOMPATIBLE_SCHEMA, verdict.judge().isGate()
        ? "Schema being registered for subject \"" + subject + "\" is refused by " + verdict.judge().describe()
            + ": a deployed consumer cannot read it"
        : "Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\"");
    this.subject = subject;
    this.report = verdict.report();
    this.verdict = verdict;
  }

  public String subject() {
    return subject;
  }

  public CompatibilityReport report() {
    return report;
  }

  public CompatibilityVerdict verdict() {
    return verdict;
  }
}
