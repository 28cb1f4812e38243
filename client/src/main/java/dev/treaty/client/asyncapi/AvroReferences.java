package dev.treaty.client.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Makes an Avro schema that names types defined in its references self-contained, as AsyncAPI's
 * Avro schema format needs: the first use of a referenced name is replaced by the referenced
 * definition (itself made self-contained), exactly where Avro would have met the definition had it
 * been written inline; later uses keep the name. A schema without references is returned unchanged.
 */
final class AvroReferences {

  private static final Set<String> PRIMITIVES =
      Set.of("null", "boolean", "int", "long", "float", "double", "bytes", "string");

  private final Map<String, JsonNode> referenced;
  private final Set<String> defined = new HashSet<>();

  private AvroReferences(Map<String, JsonNode> referenced) {
    this.referenced = referenced;
  }

  /** @param referenced the referenced schemas by full name */
  static JsonNode inline(JsonNode schema, Map<String, JsonNode> referenced) {
    return referenced.isEmpty() ? schema : new AvroReferences(referenced).type(schema.deepCopy(), "");
  }

  private JsonNode type(JsonNode node, String namespace) {
    if (node.isTextual()) {
      String name = fullName(node.asText(), namespace);
      if (PRIMITIVES.contains(node.asText()) || defined.contains(name) || !referenced.containsKey(name)) {
        return node;
      }
      JsonNode definition = referenced.get(name).deepCopy();
      return type(definition, "");
    }
    if (node.isArray()) {
      ArrayNode union = (ArrayNode) node;
      for (int i = 0; i < union.size(); i++) {
        union.set(i, type(union.get(i), namespace));
      }
      return union;
    }
    if (node instanceof ObjectNode object) {
      String inner = namespace;
      if (object.path("name").isTextual()) {
        String name = fullName(object.path("name").asText(), object.path("namespace").asText(namespace));
        defined.add(name);
        inner = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
      }
      for (String child : new String[] {"items", "values"}) {
        if (object.has(child)) {
          object.set(child, type(object.get(child), inner));
        }
      }
      if (object.path("fields").isArray()) {
        for (JsonNode field : object.get("fields")) {
          if (field instanceof ObjectNode f && f.has("type")) {
            f.set("type", type(f.get("type"), inner));
          }
        }
      }
      // a primitive written as an object: {"type": "string", "logicalType": ...}
      if (object.path("type").isObject() || object.path("type").isArray()) {
        object.set("type", type(object.get("type"), inner));
      }
    }
    return node;
  }

  private static String fullName(String name, String namespace) {
    return name.contains(".") || namespace == null || namespace.isEmpty() ? name : namespace + "." + name;
  }
}
