package dev.treaty.maven.derive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.maven.derive.Shape.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema for the samples' shape: objects list their properties and require those present
 * in every sample; a place of several kinds lists the types (or, when an object or array is among
 * them, offers each as an {@code anyOf} branch).
 */
final class JsonSchemaDerivation {

  private static final ObjectMapper JSON = new ObjectMapper();

  JsonNode derive(Shape root) {
    return schema(root);
  }

  private ObjectNode schema(Shape shape) {
    List<ObjectNode> branches = new ArrayList<>();
    List<String> simple = new ArrayList<>();
    for (Kind kind : shape.kinds()) {
      if (kind == Kind.OBJECT) {
        branches.add(object(shape));
      } else if (kind == Kind.ARRAY) {
        ObjectNode array = JSON.createObjectNode().put("type", "array");
        if (shape.items() != null) {
          array.set("items", schema(shape.items()));
        }
        branches.add(array);
      } else if (shape.valueKinds().contains(kind) || kind == Kind.NULL) {
        String name = switch (kind) {
          case NULL -> "null";
          case BOOLEAN -> "boolean";
          case INT, LONG -> "integer";
          case DOUBLE -> "number";
          default -> "string";
        };
        if (!simple.contains(name)) {
          simple.add(name);
        }
      }
    }
    if (branches.isEmpty()) {
      return typed(simple);
    }
    if (simple.isEmpty() && branches.size() == 1) {
      return branches.get(0);
    }
    if (!simple.isEmpty()) {
      branches.add(typed(simple));
    }
    ObjectNode anyOf = JSON.createObjectNode();
    anyOf.putArray("anyOf").addAll(branches);
    return anyOf;
  }

  private static ObjectNode typed(List<String> types) {
    ObjectNode node = JSON.createObjectNode();
    if (types.size() == 1) {
      node.put("type", types.get(0));
    } else {
      ArrayNode list = node.putArray("type");
      types.forEach(list::add);
    }
    return node;
  }

  private ObjectNode object(Shape shape) {
    ObjectNode object = JSON.createObjectNode().put("type", "object");
    ObjectNode properties = object.putObject("properties");
    List<String> required = new ArrayList<>();
    for (Map.Entry<String, Shape.Property> property : shape.properties().entrySet()) {
      properties.set(property.getKey(), schema(property.getValue().shape()));
      if (!shape.isOptional(property.getKey())) {
        required.add(property.getKey());
      }
    }
    if (!required.isEmpty()) {
      ArrayNode list = object.putArray("required");
      required.forEach(list::add);
    }
    return object;
  }
}
