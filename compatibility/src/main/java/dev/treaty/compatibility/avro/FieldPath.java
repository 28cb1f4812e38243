package dev.treaty.compatibility.avro;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * What an Avro location points at, in words: the dotted field path ({@code customer.address})
 * and whether the point is the field itself or its array items, map values or a union branch.
 * Avro's locations follow the reader schema, except that a number after a type is the index of
 * a writer's union branch.
 */
record FieldPath(List<String> fields, String container, boolean isWriterBranch) {

  static FieldPath of(Schema reader, String pointer) {
    List<String> fields = new ArrayList<>();
    String container = "";
    boolean writerBranch = false;
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
            writerBranch = false;
            current = field.schema();
          }
        }
        case "items" -> {
          container = "items";
          writerBranch = false;
          current = current.getType() == Schema.Type.ARRAY ? current.getElementType() : null;
        }
        case "values" -> {
          container = "values";
          writerBranch = false;
          current = current.getType() == Schema.Type.MAP ? current.getValueType() : null;
        }
        case "type", "symbols", "size", "name" -> { }
        default -> {
          // Avro numbers union branches on the writer's side; a reader union cannot be followed.
          if (current.getType() == Schema.Type.UNION) {
            container = "union";
            current = null;
          } else {
            writerBranch = true;
          }
        }
      }
    }
    return new FieldPath(List.copyOf(fields), container, writerBranch);
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
}
