package dev.treaty.maven.derive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.maven.derive.Shape.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An Avro record for the samples' shape. A property missing from some samples, or null in some,
 * is a union with {@code null} first and a {@code null} default; a property of several kinds is a
 * union of them; objects become nested records named after their property, arrays Avro arrays.
 */
final class AvroDerivation {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Names names = new Names(Derivation.ROOT);

  JsonNode derive(Shape root) {
    return record(Derivation.ROOT, root);
  }

  private ObjectNode record(String name, Shape shape) {
    ObjectNode record = JSON.createObjectNode().put("type", "record").put("name", name);
    ArrayNode fields = record.putArray("fields");
    for (Map.Entry<String, Shape.Property> property : shape.properties().entrySet()) {
      String field = property.getKey();
      Shape value = property.getValue().shape();
      boolean nullable = value.isNullable() || shape.isOptional(field);
      ObjectNode entry = fields.addObject().put("name", field);
      entry.set("type", type(field, value, nullable));
      if (nullable) {
        entry.putNull("default");
      }
    }
    return record;
  }

  private JsonNode type(String property, Shape shape, boolean nullable) {
    List<JsonNode> branches = new ArrayList<>();
    if (nullable || shape.valueKinds().isEmpty()) {
      branches.add(TextNode.valueOf("null"));
    }
    for (Kind kind : shape.valueKinds()) {
      branches.add(switch (kind) {
        case BOOLEAN -> TextNode.valueOf("boolean");
        case INT -> TextNode.valueOf("int");
        case LONG -> TextNode.valueOf("long");
        case DOUBLE -> TextNode.valueOf("double");
        case STRING -> TextNode.valueOf("string");
        case OBJECT -> record(names.forProperty(property), shape);
        case ARRAY -> array(property, shape.items());
        case NULL -> throw new IllegalStateException("null is not a value kind");
      });
    }
    return branches.size() == 1 ? branches.get(0) : JSON.createArrayNode().addAll(branches);
  }

  // Elements seen in no sample (every array was empty) can only be said to be null.
  private ObjectNode array(String property, Shape items) {
    ObjectNode array = JSON.createObjectNode().put("type", "array");
    array.set("items", items == null ? TextNode.valueOf("null") : type(property, items, items.isNullable()));
    return array;
  }
}
