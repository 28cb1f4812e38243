package dev.treaty.compatibility.avro;

import java.util.stream.Collectors;
import org.apache.avro.Schema;

/** Short human names for Avro types: {@code int}, {@code record shop.Order}, {@code array<string>}. */
final class TypeNames {

  private TypeNames() {}

  static String of(Schema schema) {
    return of(schema, 0);
  }

  private static String of(Schema schema, int depth) {
    if (depth > 3) {
      return "…";
    }
    return switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> schema.getType().getName() + " " + schema.getFullName();
      case ARRAY -> "array<" + of(schema.getElementType(), depth + 1) + ">";
      case MAP -> "map<" + of(schema.getValueType(), depth + 1) + ">";
      case UNION ->
          schema.getTypes().stream()
              .map(branch -> of(branch, depth + 1))
              .collect(Collectors.joining(", ", "union [", "]"));
      default -> schema.getName();
    };
  }
}
