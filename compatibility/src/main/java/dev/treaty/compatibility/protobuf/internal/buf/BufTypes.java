package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.protobuf.internal.EnumType;
import dev.treaty.compatibility.protobuf.internal.FieldDef;
import dev.treaty.compatibility.protobuf.internal.FieldType;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Label;
import java.util.Map;

/** buf's view of field types and cardinalities: a map field is a repeated field of its entry message. */
final class BufTypes {

  private static final Map<String, String> WIRE_GROUPS =
      Map.ofEntries(
          Map.entry("int32", "varint"), Map.entry("int64", "varint"), Map.entry("uint32", "varint"),
          Map.entry("uint64", "varint"), Map.entry("bool", "varint"), Map.entry("sint32", "zigzag"),
          Map.entry("sint64", "zigzag"), Map.entry("fixed32", "fixed32"), Map.entry("sfixed32", "fixed32"),
          Map.entry("fixed64", "fixed64"), Map.entry("sfixed64", "fixed64"));

  private static final Map<String, String> JSON_GROUPS =
      Map.of("int32", "int32", "uint32", "int32", "int64", "int64", "uint64", "int64",
          "fixed32", "fixed32", "sfixed32", "fixed32", "fixed64", "fixed64", "sfixed64", "fixed64");

  private BufTypes() {}

  /** {@code group `Item`} or {@code message field of type `Order.Item`}, for findings about a group's encoding. */
  static String encoding(FieldDef field) {
    return field.group() ? "group `" + ((FieldType.Named) field.type()).simpleName() + "`"
        : "a message field of type `" + name(field.type()) + "`";
  }

  /** The name buf prints for a type: scalars by keyword, messages and enums by full name. */
  static String name(FieldType type) {
    return type instanceof FieldType.MapOf map ? map.entryFullName() : type.display();
  }

  /** Whether a reader field of type {@code reader} reads what a writer field of type {@code writer} wrote. */
  static boolean compatible(FieldType writer, FieldType reader, boolean json, Findings context) {
    String w = name(writer);
    String r = name(reader);
    if (writer instanceof FieldType.Scalar ws && reader instanceof FieldType.Scalar rs) {
      if (w.equals(r) || (!json && w.equals("string") && r.equals("bytes"))) {
        return true;
      }
      Map<String, String> groups = json ? JSON_GROUPS : WIRE_GROUPS;
      String group = groups.get(ws.name());
      return group != null && group.equals(groups.get(rs.name()));
    }
    if (isEnum(writer) && isEnum(reader)) {
      return enumsCompatible((FieldType.Named) writer, (FieldType.Named) reader, context);
    }
    boolean bothMessages = !(writer instanceof FieldType.Scalar) && !(reader instanceof FieldType.Scalar)
        && !isEnum(writer) && !isEnum(reader);
    return bothMessages && w.equals(r);
  }

  private static boolean isEnum(FieldType type) {
    return type instanceof FieldType.Named named && named.isEnum();
  }

  private static boolean enumsCompatible(FieldType.Named writer, FieldType.Named reader, Findings context) {
    if (writer.fullName().equals(reader.fullName())) {
      return true;
    }
    if (!writer.simpleName().equals(reader.simpleName())) {
      return false;
    }
    EnumType before = context.writer().enumType(writer.fullName()).orElseThrow();
    EnumType after = context.reader().enumType(reader.fullName()).orElseThrow();
    return before.values().stream().allMatch(value -> after.hasNumber(value.number()));
  }

  enum Cardinality { SINGULAR, REQUIRED, REPEATED, MAP }

  static Cardinality cardinality(FieldDef field, boolean json) {
    if (field.isMap()) {
      return json ? Cardinality.MAP : Cardinality.REPEATED;
    }
    if (field.label() == Label.REPEATED) {
      return Cardinality.REPEATED;
    }
    return field.label() == Label.REQUIRED ? Cardinality.REQUIRED : Cardinality.SINGULAR;
  }

  static String cardinalityName(FieldDef field) {
    if (field.isMap()) {
      return "map";
    }
    return field.label() == Label.NONE ? "singular" : field.label().display();
  }
}
