package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Confluent's {@code rulesToMerge} and {@code rulesToRemove} of {@code POST .../versions/{v}/tags}:
 * the rules to merge replace the rules of the same name in the same list (migration, domain or
 * encoding rules) or are appended to it, and the rules named in {@code rulesToRemove} leave
 * whichever list holds them. The result is checked like any rule set ({@link RuleSets}).
 */
final class RuleSetEdits {

  private static final String[] LISTS = {"migrationRules", "domainRules", "encodingRules"};

  private RuleSetEdits() {}

  /**
   * The rule set with the edits applied; {@code base} when there are none.
   *
   * @throws RegistryException 42210 when {@code rulesToMerge} is not a rule set or
   *     {@code rulesToRemove} not a list of names
   */
  static JsonNode apply(JsonNode base, JsonNode rulesToMerge, JsonNode rulesToRemove) {
    boolean merging = rulesToMerge != null && !rulesToMerge.isNull();
    boolean removing = rulesToRemove != null && !rulesToRemove.isNull();
    if (!merging && !removing) {
      return base;
    }
    ObjectNode result = base != null && base.isObject() ? base.deepCopy() : Json.MAPPER.createObjectNode();
    if (merging) {
      if (!rulesToMerge.isObject()) {
        throw invalid("rulesToMerge must be a rule set");
      }
      for (String list : LISTS) {
        for (JsonNode rule : rulesToMerge.path(list)) {
          ArrayNode rules = result.withArray(list);
          String name = rule.path("name").asText("");
          rules.removeIf(old -> old.path("name").asText("").equals(name));
          rules.add(rule);
        }
      }
      if (rulesToMerge.has("enableAt")) {
        result.set("enableAt", rulesToMerge.get("enableAt"));
      }
    }
    if (removing) {
      if (!rulesToRemove.isArray()) {
        throw invalid("rulesToRemove must be a list of rule names");
      }
      Set<String> names = new HashSet<>();
      rulesToRemove.forEach(name -> names.add(name.asText()));
      for (String list : LISTS) {
        if (result.get(list) instanceof ArrayNode rules) {
          rules.removeIf(rule -> names.contains(rule.path("name").asText("")));
          if (rules.isEmpty()) {
            result.remove(list);
          }
        }
      }
    }
    RuleSets.requireValid(result);
    return result;
  }

  private static RegistryException invalid(String message) {
    return new RegistryException(ErrorCode.INVALID_RULE_SET, "Invalid rule set: " + message);
  }
}
