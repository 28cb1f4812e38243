package dev.treaty.compatibility.avro;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * What an Avro location points at, in words: the dotted field path ({@code customer.address})
 * and whether the point is the field itself or its array items, map values or a union branch.
 * Avro's locations follow the reader schema; where one does not (a writer's union index), the
 * walk just stops.
 */
record FieldPath(List<String> fields, String container) {

  static FieldPath of(Schema reader, String pointer) {
    List<String> fields = new ArrayList<>();
    String container = "";
    Schema current = reader;
    String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/");
    for (int i = 0; i < tokens.length && current != null; i++) {
      String token = tokens[i];
      switch (token) {
        case "fields" -> {
          Schema.Field field = fieldAt(current, i + 1 < tokens.length ? tokens[++i] : "");
          if (field == null) {
            current = null;
          } else {
            fields.add(field.name());
            container = "";
            current = field.schema();
          }
        }
        case "items" -> {
          container = "items";
          current = current.getType() == Schema.Type.ARRAY ? current.getElementType() : null;
        }
        case "values" -> {
          container = "values";
          current = current.getType() == Schema.Type.MAP ? current.getValueType() : null;
        }
        case "type", "symbols", "size", "name" -> { }
        default -> {
          container = "union";
          current = branchAt(current, token);
        }
      }
    }
    return new FieldPath(List.copyOf(fields), container);
  }

  /** E.g. "field `customer.address`", "the items of field `tags`", "the schema". */
  String subject() {
    String owner = fields.isEmpty() ? "the schema" : "field `" + String.join(".", fields) + "`";
    return switch (container) {
      case "items" -> "the items of " + owner;
      case "values" -> "the values of " + owner;
      case "union" -> "a union branch of " + owner;
      default -> owner;
    };
  }

  private static Schema.Field fieldAt(Schema schema, String index) {
    if (schema.getType() != Schema.Type.RECORD || !index.matches("\\d{1,9}")) {
      return null;
    }
    int position = Integer.parseInt(index);
    return position < schema.getFields().size() ? schema.getFields().get(position) : null;
  }

  private static Schema branchAt(Schema schema, String index) {
    if (schema.getType() != Schema.Type.UNION || !index.matches("\\d{1,9}")) {
      return null;
    }
    int position = Integer.parseInt(index);
    return position < schema.getTypes().size() ? schema.getTypes().get(position) : null;
  }
}
