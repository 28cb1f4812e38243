package dev.treaty.compatibility.lint.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON Schema document as an {@link EventModel}: every object schema is a record (named by
 * its definition key, else its {@code title}), every property a field, a property with
 * {@code enum} an enum. Local {@code $ref}s are followed; others are left alone.
 */
final class JsonModel {

  private final JsonNode document;
  private final Map<String, TypeNode> types = new LinkedHashMap<>();

  private JsonModel(JsonNode document) {
    this.document = document;
  }

  static EventModel of(JsonNode document) {
    JsonModel model = new JsonModel(document);
    String root = model.visit(document, SchemaPath.ROOT, null);
    for (String container : List.of("definitions", "$defs")) {
      for (Iterator<String> names = document.path(container).fieldNames(); names.hasNext(); ) {
        String name = names.next();
        model.visit(document.path(container).path(name), SchemaPath.ROOT.child(container).child(name), name);
      }
    }
    List<TypeNode> events = root == null ? List.of() : List.of(model.types.get(root));
    return new EventModel("JSON", events, List.copyOf(model.types.values()), List.of());
  }

  /** Visits a schema; returns the key of the record it is or holds, if any. */
  private String visit(JsonNode schema, SchemaPath path, String name) {
    JsonNode resolved = schema;
    SchemaPath at = path;
    String ref = schema.path("$ref").asText(null);
    if (ref != null && ref.startsWith("#")) {
      at = SchemaPath.of(ref.substring(1));
      resolved = document.at(ref.substring(1));
      name = lastToken(ref);
      if (resolved.isMissingNode()) {
        return null;
      }
    }
    String kind = type(resolved);
    if ("array".equals(kind)) {
      JsonNode items = resolved.path("items");
      return items.isObject() ? visit(items, at.child("items"), null) : null;
    }
    if (!"object".equals(kind) || !resolved.has("properties")) {
      return null;
    }
    String key = at.toString();
    if (!types.containsKey(key)) {
      types.put(key, null);
      types.put(key, record(resolved, at, name != null ? name : resolved.path("title").asText(null), key));
    }
    return key;
  }

  private TypeNode record(JsonNode schema, SchemaPath path, String name, String key) {
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(item -> required.add(item.asText()));
    List<FieldNode> fields = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      SchemaPath propertyPath = path.child("properties").child(property.getKey());
      JsonNode value = property.getValue();
      String target = visit(value, propertyPath, null);
      JsonNode resolved = resolve(value);
      if (resolved.has("enum")) {
        enumType(property.getKey(), resolved, propertyPath);
      }
      fields.add(new FieldNode(property.getKey(), resolved.path("description").asText(value.path("description").asText(null)),
          valueType(resolved), describe(resolved), target, !required.contains(property.getKey()),
          propertyPath.toString(), null));
    }
    return new TypeNode(false, name, key, null, schema.path("description").asText(null), fields, List.of(), false,
        path.toString(), null);
  }

  private void enumType(String name, JsonNode schema, SchemaPath path) {
    List<SymbolNode> symbols = new ArrayList<>();
    int i = 0;
    for (JsonNode value : schema.path("enum")) {
      symbols.add(new SymbolNode(value.asText(), i, path.child("enum").index(i).toString(), null));
      i++;
    }
    types.putIfAbsent(path.toString(), new TypeNode(true, name, path.toString(), null,
        schema.path("description").asText(null), List.of(), symbols, schema.has("default"), path.toString(), null));
  }

  private JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asText(null);
    return ref != null && ref.startsWith("#") ? document.at(ref.substring(1)) : schema;
  }

  /** The schema's single non-null {@code type}, or {@code object} when it only has properties. */
  private static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isTextual()) {
      return type.asText();
    }
    if (type.isArray()) {
      List<String> named = new ArrayList<>();
      type.forEach(item -> {
        if (!"null".equals(item.asText())) {
          named.add(item.asText());
        }
      });
      return named.size() == 1 ? named.get(0) : null;
    }
    return schema.has("properties") ? "object" : null;
  }

  private static ValueType valueType(JsonNode schema) {
    if (schema.has("enum")) {
      return ValueType.ENUM;
    }
    String type = type(schema);
    if (type == null) {
      return ValueType.OTHER;
    }
    return switch (type) {
      case "string" -> switch (schema.path("format").asText("")) {
        case "uuid" -> ValueType.UUID;
        case "date-time" -> ValueType.TIMESTAMP;
        case "date" -> ValueType.DATE;
        default -> ValueType.STRING;
      };
      case "integer" -> ValueType.INTEGER;
      case "number" -> ValueType.FLOAT;
      case "boolean" -> ValueType.BOOLEAN;
      case "object" -> schema.has("properties") ? ValueType.RECORD : ValueType.MAP;
      case "array" -> ValueType.ARRAY;
      default -> ValueType.OTHER;
    };
  }

  private static String describe(JsonNode schema) {
    String type = type(schema);
    String format = schema.path("format").asText(null);
    return (type == null ? "untyped" : type) + (format == null ? "" : " (format " + format + ")");
  }

  private static String lastToken(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }
}
