package dev.treaty.compatibility.lint.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule's options: its defaults with the rule set's values laid over them. */
public final class RuleOptions {

  private final String ruleId;
  private final Map<String, Object> values;

  public RuleOptions(String ruleId, Map<String, Object> defaults, Map<String, Object> given) {
    this.ruleId = ruleId;
    for (String key : given.keySet()) {
      if (!defaults.containsKey(key)) {
        throw new IllegalArgumentException("Rule " + ruleId + " has no option '" + key + "'; it has " + defaults.keySet());
      }
    }
    Map<String, Object> merged = new LinkedHashMap<>(defaults);
    merged.putAll(given);
    this.values = merged;
  }

  public String string(String key) {
    Object value = values.get(key);
    if (!(value instanceof String text)) {
      throw new IllegalArgumentException("Option " + key + " of " + ruleId + " must be a string");
    }
    return text;
  }

  public int integer(String key) {
    Object value = values.get(key);
    if (!(value instanceof Integer number) || number < 0) {
      throw new IllegalArgumentException("Option " + key + " of " + ruleId + " must be a whole number of 0 or more");
    }
    return number;
  }

  public List<String> strings(String key) {
    Object value = values.get(key);
    if (value instanceof String single) {
      return List.of(single);
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException("Option " + key + " of " + ruleId + " must be a list of strings");
    }
    return list.stream().map(String::valueOf).toList();
  }
}
