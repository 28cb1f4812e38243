package dev.treaty.compatibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects of a reader's JSON Schema, found by the pointer of a payload value: whether the
 * reader ignores a key there (it neither declares the key nor closes the object). A reader that
 * declares the key, or refuses unknown keys, is hurt by a producer refusing it. Where the reader's
 * schema for a value cannot be found, the value is taken as open. Immutable, thread-safe.
 */
final class ReaderObjects {

  private static final int MAX_REF_HOPS = 32;

  private final JsonNode root;

  ReaderObjects(JsonNode root) {
    this.root = root;
  }

  /** Whether a reader of {@code key} in the object at {@code objectPointer} of a payload simply skips it. */
  boolean ignores(String objectPointer, String key) {
    List<JsonNode> schemas = schemasAt(objectPointer);
    if (schemas.isEmpty()) {
      return true;
    }
    for (JsonNode schema : schemas) {
      if (schema.path("properties").has(key) || matchesPattern(schema.path("patternProperties"), key)
          || closes(schema)) {
        return false;
      }
    }
    return true;
  }

  private static boolean closes(JsonNode schema) {
    return isFalse(schema.get("additionalProperties")) || isFalse(schema.get("unevaluatedProperties"));
  }

  private static boolean isFalse(JsonNode node) {
    return node != null && node.isBoolean() && !node.booleanValue();
  }

  private static boolean matchesPattern(JsonNode patterns, String key) {
    var names = patterns.fieldNames();
    while (names.hasNext()) {
      try {
        if (java.util.regex.Pattern.compile(names.next()).matcher(key).find()) {
          return true;
        }
      } catch (java.util.regex.PatternSyntaxException e) {
        // refused when the schema was parsed; nothing to match here
      }
    }
    return false;
  }

  /** The reader's schemas (with their allOf parts) that apply to the value at {@code pointer}. */
  private List<JsonNode> schemasAt(String pointer) {
    List<JsonNode> current = expand(root);
    if (pointer.isEmpty()) {
      return current;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode schema : current) {
        JsonNode child = child(schema, segment);
        if (child != null) {
          next.addAll(expand(child));
        }
      }
      if (next.isEmpty()) {
        return List.of();
      }
      current = next;
    }
    return current;
  }

  private static JsonNode child(JsonNode schema, String segment) {
    if (schema.path("properties").has(segment)) {
      return schema.path("properties").get(segment);
    }
    if (segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
      int index = Integer.parseInt(segment);
      JsonNode prefix = schema.path("prefixItems");
      if (prefix.isArray() && index < prefix.size()) {
        return prefix.get(index);
      }
      JsonNode items = schema.get("items");
      if (items != null && items.isArray()) {
        return index < items.size() ? items.get(index) : schema.get("additionalItems");
      }
      if (items != null && items.isObject()) {
        return items;
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    return additional != null && additional.isObject() ? additional : null;
  }

  /** The schema with local {@code $ref}s followed, and the parts of its {@code allOf}. */
  private List<JsonNode> expand(JsonNode schema) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode resolved = resolve(schema);
    if (resolved == null || !resolved.isObject()) {
      return out;
    }
    out.add(resolved);
    for (JsonNode part : resolved.path("allOf")) {
      JsonNode partResolved = resolve(part);
      if (partResolved != null && partResolved.isObject()) {
        out.add(partResolved);
      }
    }
    return out;
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode node = schema;
    for (int hop = 0; hop < MAX_REF_HOPS && node != null && node.path("$ref").isTextual(); hop++) {
      String ref = node.path("$ref").textValue();
      if (!ref.startsWith("#")) {
        return null; // another document: not followed here, so the value counts as open
      }
      JsonNode target = root.at(ref.substring(1));
      node = target.isMissingNode() ? null : target;
    }
    return node;
  }
}
