package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.protobuf.internal.FieldType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How Confluent compares two field types: by kind (scalar, message, map), then by scalar group
 * or package-relative message name; maps key to key and value to value.
 */
final class TypeDifferences {

  enum Difference { KIND, SCALAR_GROUP, NAMED_TYPE }

  enum Kind { SCALAR, MESSAGE, MAP }

  private static final Map<String, String> GROUPS =
      Map.ofEntries(
          Map.entry("int32", "varint"), Map.entry("int64", "varint"), Map.entry("uint32", "varint"),
          Map.entry("uint64", "varint"), Map.entry("bool", "varint"), Map.entry("sint32", "zigzag"),
          Map.entry("sint64", "zigzag"), Map.entry("string", "text"), Map.entry("bytes", "text"),
          Map.entry("fixed32", "fixed32"), Map.entry("sfixed32", "fixed32"), Map.entry("fixed64", "fixed64"),
          Map.entry("sfixed64", "fixed64"), Map.entry("float", "float"), Map.entry("double", "double"));

  private TypeDifferences() {}

  static Set<Difference> between(FieldType writer, FieldType reader) {
    Set<Difference> found = EnumSet.noneOf(Difference.class);
    collect(writer, reader, found);
    return found;
  }

  private static void collect(FieldType writer, FieldType reader, Set<Difference> found) {
    Kind kind = kind(writer);
    if (kind != kind(reader)) {
      found.add(Difference.KIND);
    } else if (kind == Kind.MAP) {
      FieldType.MapOf w = (FieldType.MapOf) writer;
      FieldType.MapOf r = (FieldType.MapOf) reader;
      collect(w.key(), r.key(), found);
      collect(w.value(), r.value(), found);
    } else if (kind == Kind.SCALAR) {
      if (!group(writer).equals(group(reader))) {
        found.add(Difference.SCALAR_GROUP);
      }
    } else if (!((FieldType.Named) writer).relativeName().equals(((FieldType.Named) reader).relativeName())) {
      found.add(Difference.NAMED_TYPE);
    }
  }

  static Kind kind(FieldType type) {
    if (type instanceof FieldType.MapOf) {
      return Kind.MAP;
    }
    if (type instanceof FieldType.Named named && !named.isEnum()) {
      return Kind.MESSAGE;
    }
    return Kind.SCALAR;
  }

  /** The scalar group; every enum counts as a general varint. */
  static String group(FieldType type) {
    return type instanceof FieldType.Scalar scalar ? GROUPS.get(scalar.name()) : "varint";
  }

  static boolean isStringOrBytes(FieldType type) {
    return type instanceof FieldType.Scalar scalar && scalar.isStringOrBytes();
  }
}
