package dev.treaty.compatibility.lint;

import dev.treaty.compatibility.lint.internal.AllRules;
import dev.treaty.compatibility.lint.internal.LintRule;
import java.util.List;
import java.util.Optional;

/** The catalogue of lint rules: what each asks, of which formats, with which options. */
public final class LintRules {

  private static final List<LintRuleInfo> CATALOG = AllRules.list().stream()
      .map(rule -> new LintRuleInfo(rule.id(), rule.category(), rule.formats(), rule.purpose(), rule.defaultOptions()))
      .toList();

  private LintRules() {}

  public static List<LintRuleInfo> catalog() {
    return CATALOG;
  }

  public static Optional<LintRuleInfo> info(String id) {
    return CATALOG.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }

  static Optional<LintRule> rule(String id) {
    return AllRules.list().stream().filter(rule -> rule.id().equals(id)).findFirst();
  }
}
