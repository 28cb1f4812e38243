package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

/**
 * Confluent's layering of metadata and rule sets: config defaults, then the schema's own, then
 * config overrides; a later layer wins key by key (properties, tags) or rule by name.
 */
final class MetadataMerge {

  private static final String[] RULE_LISTS = {"migrationRules", "domainRules", "encodingRules"};

  private MetadataMerge() {}

  static JsonNode metadata(JsonNode... layers) {
    ObjectNode merged = null;
    for (JsonNode layer : layers) {
      if (layer instanceof ObjectNode object) {
        merged = merged == null ? object.deepCopy() : overlayMetadata(merged, object);
      }
    }
    return merged;
  }

  static JsonNode ruleSet(JsonNode... layers) {
    ObjectNode merged = null;
    for (JsonNode layer : layers) {
      if (layer instanceof ObjectNode object) {
        merged = merged == null ? object.deepCopy() : overlayRuleSet(merged, object);
      }
    }
    return merged;
  }

  private static ObjectNode overlayMetadata(ObjectNode base, ObjectNode top) {
    for (String map : new String[] {"properties", "tags"}) {
      if (top.get(map) instanceof ObjectNode entries) {
        ObjectNode target = base.get(map) instanceof ObjectNode existing ? existing : base.putObject(map);
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = it.next();
          target.set(entry.getKey(), entry.getValue().deepCopy());
        }
      }
    }
    if (top.get("sensitive") instanceof ArrayNode sensitive) {
      TreeSet<String> union = new TreeSet<>();
      base.path("sensitive").forEach(name -> union.add(name.asText()));
      sensitive.forEach(name -> union.add(name.asText()));
      ArrayNode result = base.putArray("sensitive");
      union.forEach(result::add);
    }
    return base;
  }

  private static ObjectNode overlayRuleSet(ObjectNode base, ObjectNode top) {
    for (String list : RULE_LISTS) {
      if (top.get(list) instanceof ArrayNode rules) {
        ArrayNode target = base.get(list) instanceof ArrayNode existing ? existing : base.putArray(list);
        for (JsonNode rule : rules) {
          replaceOrAdd(target, rule);
        }
      }
    }
    if (top.has("enableAt")) {
      base.set("enableAt", top.get("enableAt").deepCopy());
    }
    return base;
  }

  private static void replaceOrAdd(ArrayNode rules, JsonNode rule) {
    String name = rule.path("name").asText(null);
    for (int i = 0; i < rules.size(); i++) {
      if (name != null && name.equals(rules.get(i).path("name").asText(null))) {
        rules.set(i, rule.deepCopy());
        return;
      }
    }
    rules.add(rule.deepCopy());
  }
}
