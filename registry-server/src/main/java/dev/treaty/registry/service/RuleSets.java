package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks a rule set the way Confluent does before storing it: the server never runs rules, but
 * clients do, so a rule without a name or type, with an unknown kind or mode, or a name used
 * twice is refused with 42210.
 */
final class RuleSets {

  private static final String[] LISTS = {"migrationRules", "domainRules", "encodingRules"};
  private static final Set<String> KINDS = Set.of("TRANSFORM", "CONDITION");
  private static final Set<String> MODES = Set.of("UPGRADE", "DOWNGRADE", "UPDOWN", "WRITE", "READ", "WRITEREAD");
  private static final Set<String> ENABLE_AT = Set.of("ALL", "CLIENT", "GATEWAY", "SERVER", "NONE");

  private RuleSets() {}

  /** @throws RegistryException 42210 naming the first problem */
  static void requireValid(JsonNode ruleSet) {
    if (ruleSet == null || ruleSet.isNull()) {
      return;
    }
    if (!ruleSet.isObject()) {
      throw invalid("ruleSet must be an object");
    }
    if (ruleSet.has("enableAt") && !ENABLE_AT.contains(ruleSet.get("enableAt").asText())) {
      throw invalid("Invalid enableAt " + ruleSet.get("enableAt"));
    }
    Set<String> names = new HashSet<>();
    for (String list : LISTS) {
      JsonNode rules = ruleSet.get(list);
      if (rules == null || rules.isNull()) {
        continue;
      }
      if (!rules.isArray()) {
        throw invalid(list + " must be an array");
      }
      for (JsonNode rule : rules) {
        String name = rule.path("name").asText("");
        if (name.isBlank()) {
          throw invalid("Every rule needs a name");
        }
        if (rule.path("type").asText("").isBlank()) {
          throw invalid("Rule " + name + " needs a type");
        }
        if (rule.has("kind") && !KINDS.contains(rule.get("kind").asText())) {
          throw invalid("Rule " + name + " has an invalid kind " + rule.get("kind"));
        }
        if (rule.has("mode") && !MODES.contains(rule.get("mode").asText())) {
          throw invalid("Rule " + name + " has an invalid mode " + rule.get("mode"));
        }
        if (!names.add(name)) {
          throw invalid("Rule name " + name + " is used twice");
        }
      }
    }
  }

  private static RegistryException invalid(String message) {
    return new RegistryException(ErrorCode.INVALID_RULE_SET, "Invalid rule set: " + message);
  }
}
