package dev.treaty.compatibility.lint;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.lint.internal.LintInput;
import dev.treaty.compatibility.lint.internal.LintRule;
import dev.treaty.compatibility.lint.internal.RuleOptions;
import java.util.ArrayList;
import java.util.List;

/** Runs a flattened rule set over one schema (and, for rules between versions, the one before). */
public final class Linter {

  private Linter() {}

  /**
   * @param previous the latest registered version, or {@code null}
   * @param fileName shown in .proto locations
   * @param rules a set already {@link LintRuleSets#flatten flattened}
   * @return the findings of every rule not OFF, sorted
   * @throws IllegalArgumentException when a rule's options are not what it takes
   */
  public static List<LintFinding> lint(ParsedSchema schema, ParsedSchema previous, String fileName, LintRuleSet rules) {
    LintInput input = LintInput.of(schema, previous, fileName);
    List<LintFinding> findings = new ArrayList<>();
    for (var entry : rules.rules().entrySet()) {
      RuleSetting setting = entry.getValue();
      if (setting.severity() == LintSeverity.OFF) {
        continue;
      }
      LintRule rule = LintRules.rule(entry.getKey())
          .orElseThrow(() -> new IllegalArgumentException("Unknown lint rule '" + entry.getKey() + "'"));
      if (!rule.formats().contains(input.format())) {
        continue;
      }
      RuleOptions options = new RuleOptions(rule.id(), rule.defaultOptions(), setting.options());
      rule.check(input, options, (path, location, message, remedy) ->
          findings.add(new LintFinding(rule.id(), setting.severity(), path, location, message, remedy)));
    }
    return findings.stream().sorted(LintFinding.ORDER).toList();
  }

  /** Checks a set's rule ids and options without a schema, so a bad set is refused when it is saved. */
  public static void validate(LintRuleSet flattened) {
    flattened.rules().forEach((id, setting) -> {
      LintRule rule = LintRules.rule(id).orElseThrow(() -> new IllegalArgumentException("Unknown lint rule '" + id + "'"));
      new RuleOptions(id, rule.defaultOptions(), setting.options());
    });
  }
}
