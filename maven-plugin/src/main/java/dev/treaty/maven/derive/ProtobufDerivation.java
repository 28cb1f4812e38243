package dev.treaty.maven.derive;

import dev.treaty.maven.derive.Shape.Kind;
import java.util.Map;
import java.util.Set;

/**
 * A proto3 file for the samples' shape: a message {@code Schema}, objects as nested messages named
 * after their property, arrays as {@code repeated} fields, numbered in property order. A scalar
 * property missing from some samples or null in some is {@code optional}. Protobuf has no unions and
 * no arrays of arrays, so a property of several kinds (other than int with long or double, which
 * widen) or an array of arrays cannot be derived and is refused, naming the property.
 */
final class ProtobufDerivation {

  private final Names names = new Names(Derivation.ROOT);

  String derive(Shape root) {
    StringBuilder proto = new StringBuilder("syntax = \"proto3\";\n\n");
    message(proto, Derivation.ROOT, root, "", "");
    return proto.toString();
  }

  private void message(StringBuilder out, String name, Shape shape, String indent, String path) {
    out.append(indent).append("message ").append(name).append(" {\n");
    StringBuilder nested = new StringBuilder();
    int number = 1;
    for (Map.Entry<String, Shape.Property> property : shape.properties().entrySet()) {
      String field = property.getKey();
      String where = path.isEmpty() ? field : path + "." + field;
      Shape value = property.getValue().shape();
      String label = "";
      String type;
      if (single(value, where) == Kind.ARRAY) {
        label = "repeated ";
        type = elementType(value.items(), field, nested, indent + "  ", where);
      } else {
        type = type(value, field, nested, indent + "  ", where);
        boolean scalar = single(value, where) != Kind.OBJECT;
        if (scalar && (value.isNullable() || shape.isOptional(field))) {
          label = "optional ";
        }
      }
      out.append(indent).append("  ").append(label).append(type).append(' ').append(field).append(" = ")
          .append(number++).append(";\n");
    }
    out.append(nested).append(indent).append("}\n");
  }

  private String elementType(Shape items, String field, StringBuilder nested, String indent, String where) {
    if (items == null || items.valueKinds().isEmpty()) {
      return "string"; // every array was empty (or held only nulls): nothing tells the element type
    }
    if (single(items, where + "[]") == Kind.ARRAY) {
      throw new IllegalArgumentException("Property " + where + " holds arrays of arrays, which Protobuf cannot express");
    }
    return type(items, field, nested, indent, where + "[]");
  }

  private String type(Shape shape, String field, StringBuilder nested, String indent, String where) {
    Kind kind = single(shape, where);
    if (kind == null) {
      return "string"; // only ever null in the samples: nothing tells the type
    }
    return switch (kind) {
      case BOOLEAN -> "bool";
      case INT -> "int32";
      case LONG -> "int64";
      case DOUBLE -> "double";
      case STRING -> "string";
      case OBJECT -> {
        String name = names.forProperty(field);
        message(nested, name, shape, indent, where);
        yield name;
      }
      default -> throw new IllegalStateException("Unexpected kind " + kind);
    };
  }

  /** The one kind of value seen at {@code where}, or {@code null} when only null was. */
  private static Kind single(Shape shape, String where) {
    Set<Kind> kinds = shape.valueKinds();
    if (kinds.size() > 1) {
      throw new IllegalArgumentException("Property " + where + " has values of several kinds " + kinds
          + " across the samples; Protobuf has no unions, so derive an Avro or JSON Schema instead");
    }
    return kinds.isEmpty() ? null : kinds.iterator().next();
  }
}
