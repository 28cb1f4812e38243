package dev.treaty.compatibility.lint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The severity of one rule in a rule set, and its options (strings, integers, booleans or lists
 * of strings, as the rule documents them).
 */
public record RuleSetting(LintSeverity severity, Map<String, Object> options) {

  public RuleSetting {
    Objects.requireNonNull(severity, "severity");
    options = Map.copyOf(options);
  }

  public static RuleSetting of(LintSeverity severity) {
    return new RuleSetting(severity, Map.of());
  }

  /** This setting overridden by {@code other}: its severity wins, its options are laid over ours. */
  RuleSetting overriddenBy(RuleSetting other) {
    Map<String, Object> merged = new LinkedHashMap<>(options);
    merged.putAll(other.options);
    return new RuleSetting(other.severity, merged);
  }
}
