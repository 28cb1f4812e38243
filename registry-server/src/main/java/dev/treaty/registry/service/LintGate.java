package dev.treaty.registry.service;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.lint.LintFinding;
import dev.treaty.compatibility.lint.LintRuleSet;
import dev.treaty.compatibility.lint.Linter;
import dev.treaty.compatibility.protobuf.ProtobufSchema;
import dev.treaty.registry.store.StoreSession;
import java.util.List;

/**
 * Lints a schema about to be registered under the subject's rule set: refuses it on ERROR findings
 * when enforced, and hands back the findings to return and record as warnings otherwise.
 */
final class LintGate {

  private final LintRuleSetService ruleSets;

  LintGate(LintRuleSetService ruleSets) {
    this.ruleSets = ruleSets;
  }

  /**
   * @param previous the subject's latest live schema, or {@code null}
   * @return the findings to register with as warnings (empty when the subject is not linted)
   * @throws LintRefusedException when enforcement is ERROR and a finding is an ERROR
   */
  List<LintFinding> check(StoreSession session, String subject, ParsedSchema schema, ParsedSchema previous, LintPolicy policy) {
    if (!policy.isOn()) {
      return List.of();
    }
    LintRuleSet rules = ruleSets.flattened(session, policy.ruleSet());
    List<LintFinding> findings;
    try {
      findings = Linter.lint(schema, previous, ProtobufSchema.FILE_NAME, rules);
    } catch (IllegalArgumentException e) {
      throw new RegistryException(ErrorCode.INVALID_LINT_RULES, e.getMessage());
    }
    if (policy.enforcement() == LintPolicy.Enforcement.ERROR && findings.stream().anyMatch(LintFinding::isError)) {
      throw new LintRefusedException(subject, policy.ruleSet(), findings);
    }
    return findings;
  }
}
