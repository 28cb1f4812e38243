package dev.treaty.registry.service;

import dev.treaty.compatibility.lint.LintFinding;
import java.util.List;

/** A registration refused by the subject's lint rules (HTTP 422, error code 42230), with every finding. */
public final class LintRefusedException extends RegistryException {

  private final transient List<LintFinding> findings;

  LintRefusedException(String subject, String ruleSet, List<LintFinding> findings) {
    super(ErrorCode.LINT_FAILED, message(subject, ruleSet, findings));
    this.findings = List.copyOf(findings);
  }

  public List<LintFinding> findings() {
    return findings;
  }

  private static String message(String subject, String ruleSet, List<LintFinding> findings) {
    List<LintFinding> errors = findings.stream().filter(LintFinding::isError).toList();
    StringBuilder text = new StringBuilder("Schema being registered breaks " + errors.size() + " ERROR rule"
        + (errors.size() == 1 ? "" : "s") + " of lint rule set '" + ruleSet + "' for subject \"" + subject + "\": ");
    for (int i = 0; i < errors.size(); i++) {
      LintFinding finding = errors.get(i);
      text.append(i == 0 ? "" : "; ").append(finding.ruleId()).append(" at ")
          .append(finding.path().isEmpty() ? "/" : finding.path()).append(": ").append(finding.message());
    }
    return text.toString();
  }
}
