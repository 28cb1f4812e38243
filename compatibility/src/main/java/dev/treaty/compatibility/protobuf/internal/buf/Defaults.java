package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.protobuf.internal.FieldDef;
import dev.treaty.compatibility.protobuf.internal.FieldType;
import dev.treaty.compatibility.protobuf.internal.Label;
import dev.treaty.compatibility.protobuf.internal.LinkedSchema;
import java.math.BigDecimal;

/** The value a singular scalar or enum field takes when absent: explicit default, first enum value, or zero. */
final class Defaults {

  private Defaults() {}

  /** The effective default, or {@code null} when the field has none (repeated, map, message). */
  static String effective(FieldDef field, LinkedSchema schema) {
    if (field.label() == Label.REPEATED || field.isMap()) {
      return null;
    }
    if (field.type() instanceof FieldType.Named named) {
      if (!named.isEnum()) {
        return null;
      }
      if (field.defaultValue() != null) {
        return field.defaultValue();
      }
      return schema.enumType(named.fullName()).map(type -> type.values().isEmpty() ? null : type.values().get(0).name()).orElse(null);
    }
    if (field.defaultValue() != null) {
      return field.defaultValue();
    }
    return switch (((FieldType.Scalar) field.type()).name()) {
      case "bool" -> "false";
      case "string", "bytes" -> "";
      default -> "0";
    };
  }

  /** Defaults are compared only between types of one kind: numbers, bool, text, or enums. */
  static boolean comparable(FieldType writer, FieldType reader) {
    return category(writer).equals(category(reader));
  }

  private static String category(FieldType type) {
    if (!(type instanceof FieldType.Scalar scalar)) {
      return type instanceof FieldType.Named named && named.isEnum() ? "enum" : "other";
    }
    return switch (scalar.name()) {
      case "bool" -> "bool";
      case "string", "bytes" -> "text";
      default -> "number";
    };
  }

  static boolean same(String before, String after) {
    if (before.equals(after)) {
      return true;
    }
    try {
      return new BigDecimal(before).compareTo(new BigDecimal(after)) == 0;
    } catch (NumberFormatException notBothNumbers) {
      return false;
    }
  }
}
