package dev.treaty.compatibility.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A named rule set: the severity and options of each rule it mentions, on top of the set it
 * extends. Built-in sets extend nothing and mention every rule. As JSON:
 *
 * <pre>{"extends": "event", "rules": {"FIELD_DOCUMENTED": "OFF",
 *   "MAX_FIELDS": {"severity": "ERROR", "options": {"max": 30}}}}</pre>
 */
public record LintRuleSet(String name, String extendsName, Map<String, RuleSetting> rules) {

  public LintRuleSet {
    rules = java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
  }

  /** The setting of a rule; rules the set does not mention are off. */
  public RuleSetting setting(String ruleId) {
    return rules.getOrDefault(ruleId, RuleSetting.of(LintSeverity.OFF));
  }

  /**
   * Reads a set from its JSON form.
   *
   * @throws IllegalArgumentException naming the first problem: an unknown rule id or severity,
   *     or an option value that is not a string, number, boolean or list of strings
   */
  public static LintRuleSet fromJson(String name, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("A rule set is a JSON object with \"extends\" and \"rules\"");
    }
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!List.of("name", "extends", "rules", "builtIn", "effective").contains(key)) {
        throw new IllegalArgumentException("A rule set has \"extends\" and \"rules\", not \"" + key + "\"");
      }
    }
    JsonNode base = node.get("extends");
    if (base != null && !base.isNull() && !base.isTextual()) {
      throw new IllegalArgumentException("\"extends\" must name a rule set");
    }
    JsonNode rules = node.path("rules");
    if (!rules.isMissingNode() && !rules.isObject()) {
      throw new IllegalArgumentException("\"rules\" must be an object from rule id to severity or setting");
    }
    Map<String, RuleSetting> settings = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> rule = it.next();
      if (LintRules.info(rule.getKey()).isEmpty()) {
        throw new IllegalArgumentException("Unknown lint rule '" + rule.getKey() + "'");
      }
      settings.put(rule.getKey(), setting(rule.getKey(), rule.getValue()));
    }
    return new LintRuleSet(name, base == null || base.isNull() ? null : base.asText(), settings);
  }

  private static RuleSetting setting(String ruleId, JsonNode value) {
    if (value.isTextual()) {
      return RuleSetting.of(LintSeverity.parse(value.asText()));
    }
    if (!value.isObject() || !value.path("severity").isTextual()) {
      throw new IllegalArgumentException("Rule " + ruleId + " needs a severity: ERROR, WARNING or OFF");
    }
    Map<String, Object> options = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = value.path("options").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> option = it.next();
      options.put(option.getKey(), optionValue(ruleId, option.getKey(), option.getValue()));
    }
    return new RuleSetting(LintSeverity.parse(value.get("severity").asText()), options);
  }

  private static Object optionValue(String ruleId, String key, JsonNode value) {
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.isIntegralNumber()) {
      return value.asInt();
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> {
        if (!item.isTextual()) {
          throw new IllegalArgumentException("Option " + key + " of " + ruleId + " must list strings");
        }
        items.add(item.asText());
      });
      return List.copyOf(items);
    }
    throw new IllegalArgumentException(
        "Option " + key + " of " + ruleId + " must be a string, an integer, a boolean or a list of strings");
  }

  /** The JSON form {@link #fromJson} reads. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", name);
    if (extendsName != null) {
      node.put("extends", extendsName);
    }
    ObjectNode rulesNode = node.putObject("rules");
    rules.forEach((id, setting) -> {
      ObjectNode ruleNode = rulesNode.putObject(id);
      ruleNode.put("severity", setting.severity().name());
      if (!setting.options().isEmpty()) {
        ObjectNode options = ruleNode.putObject("options");
        new TreeMap<>(setting.options()).forEach((key, value) -> {
          if (value instanceof List<?> list) {
            com.fasterxml.jackson.databind.node.ArrayNode items = options.putArray(key);
            list.forEach(item -> items.add(String.valueOf(item)));
          } else if (value instanceof Integer number) {
            options.put(key, number);
          } else if (value instanceof Boolean flag) {
            options.put(key, flag);
          } else {
            options.put(key, String.valueOf(value));
          }
        });
      }
    });
    return node;
  }
}
