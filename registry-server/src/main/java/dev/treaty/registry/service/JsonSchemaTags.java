package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Schema tags on JSON Schema, as Confluent keeps them: a {@code confluent:tags} array on an object
 * schema ({@code sr_record}) or on a property's schema ({@code sr_field}), named by Confluent's
 * path of type words and property names: {@code object} is the root object, {@code object.address}
 * its property, {@code object.address.object.city} a property of that, {@code object.lines.array.object}
 * the object items of an array, {@code object.definitions.Money.object} a definition. Paths
 * through {@code allOf}, {@code anyOf}, {@code oneOf} and {@code not} are refused (42201).
 */
final class JsonSchemaTags {

  private JsonSchemaTags() {}

  static String apply(
      String text, Map<SchemaTags.Entity, Set<String>> add, Map<SchemaTags.Entity, Set<String>> remove, boolean strict) {
    JsonNode root = Json.read(text);
    Set<SchemaTags.Entity> touched = new LinkedHashSet<>(add.keySet());
    touched.addAll(remove.keySet());
    for (SchemaTags.Entity entity : touched) {
      JsonNode node = find(root, entity);
      if (!(node instanceof ObjectNode target)) {
        if (strict) {
          throw RegistryException.invalidSchema("Invalid schema tag path " + entity.path() + ": no such "
              + (entity.isField() ? "property" : "object") + " in the schema");
        }
        continue;
      }
      Set<String> tags = new LinkedHashSet<>();
      target.path(SchemaTags.TAGS).forEach(tag -> tags.add(tag.asText()));
      tags.addAll(add.getOrDefault(entity, Set.of()));
      tags.removeAll(remove.getOrDefault(entity, Set.of()));
      if (tags.isEmpty()) {
        target.remove(SchemaTags.TAGS);
      } else {
        ArrayNode array = target.putArray(SchemaTags.TAGS);
        tags.forEach(array::add);
      }
    }
    return Json.write(root);
  }

  /** Every tagged object and property of a JSON Schema text, by Confluent's path. */
  static Map<SchemaTags.Entity, Set<String>> inline(String text) {
    Map<SchemaTags.Entity, Set<String>> tagged = new LinkedHashMap<>();
    walk(Json.read(text), "", tagged);
    return tagged;
  }

  private static void walk(JsonNode schema, String prefix, Map<SchemaTags.Entity, Set<String>> tagged) {
    String word = typeWord(schema);
    if (word == null) {
      return;
    }
    String path = prefix + word;
    if (word.equals("array")) {
      walk(schema.path("items"), path + ".", tagged);
      return;
    }
    put(tagged, new SchemaTags.Entity(path, "sr_record"), schema);
    for (String group : new String[] {"definitions", "$defs"}) {
      for (Iterator<Map.Entry<String, JsonNode>> defs = schema.path(group).fields(); defs.hasNext(); ) {
        Map.Entry<String, JsonNode> def = defs.next();
        walk(def.getValue(), path + "." + group + "." + def.getKey() + ".", tagged);
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
      Map.Entry<String, JsonNode> property = properties.next();
      String field = path + "." + property.getKey();
      put(tagged, new SchemaTags.Entity(field, "sr_field"), property.getValue());
      walk(property.getValue(), field + ".", tagged);
    }
  }

  private static void put(Map<SchemaTags.Entity, Set<String>> tagged, SchemaTags.Entity entity, JsonNode node) {
    if (node.has(SchemaTags.TAGS)) {
      Set<String> tags = new LinkedHashSet<>();
      node.get(SchemaTags.TAGS).forEach(tag -> tags.add(tag.asText()));
      tagged.put(entity, tags);
    }
  }

  private static JsonNode find(JsonNode root, SchemaTags.Entity entity) {
    Deque<String> words = new ArrayDeque<>(Arrays.asList(entity.path().split("\\.")));
    JsonNode node = root;
    while (node != null && !words.isEmpty()) {
      String word = words.poll();
      if (!word.equals(typeWord(node))) {
        return null;
      }
      if (word.equals("array")) {
        node = node.get("items");
        continue;
      }
      if (words.isEmpty()) {
        return entity.isField() ? null : node; // the object itself
      }
      String name = words.poll();
      if ((name.equals("definitions") || name.equals("$defs")) && !words.isEmpty()) {
        node = node.path(name).get(words.poll());
      } else {
        node = node.path("properties").get(name);
        if (words.isEmpty()) {
          return entity.isField() ? node : null;
        }
      }
    }
    return null;
  }

  // The word Confluent's paths use for a schema: object or array (others are not followed here).
  private static String typeWord(JsonNode schema) {
    String type = schema.path("type").asText("");
    if (type.equals("object") || schema.has("properties")) {
      return "object";
    }
    if (type.equals("array") || schema.has("items")) {
      return "array";
    }
    return null;
  }
}
