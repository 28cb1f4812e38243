package dev.treaty.compatibility.protobuf.internal;

import dev.treaty.compatibility.InvalidSchemaException;
import java.util.Set;

/** Turns a field's type as written ({@code int32}, {@code Line}, {@code map<string, Line>}) into a {@link FieldType}. */
public final class FieldTypes {

  public static final Set<String> SCALARS =
      Set.of(
          "double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32",
          "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes");

  private final TypeNames names;

  FieldTypes(TypeNames names) {
    this.names = names;
  }

  FieldType resolve(String written, String fieldName, String scope, Located at) {
    String type = written.trim();
    if (type.startsWith("map<") && type.endsWith(">")) {
      String[] parts = type.substring(4, type.length() - 1).split(",", 2);
      if (parts.length != 2) {
        throw at.invalid("Malformed map type `" + written + "` of field `" + fieldName + "`");
      }
      String entry = TypeNames.join(scope, ProtoNames.mapEntryName(fieldName));
      return new FieldType.MapOf(
          resolve(parts[0], fieldName, scope, at), resolve(parts[1], fieldName, scope, at), entry);
    }
    if (SCALARS.contains(type)) {
      return new FieldType.Scalar(type);
    }
    String fullName = names.resolve(type, scope);
    if (fullName == null) {
      throw at.invalid("Unknown type `" + type + "` of field `" + fieldName + "` in `" + scope + "`");
    }
    TypeNames.Declared declared = names.get(fullName);
    String pkg = declared.packageName();
    String relative = pkg.isEmpty() ? fullName : fullName.substring(pkg.length() + 1);
    return new FieldType.Named(fullName, relative, declared.isEnum());
  }

  /** Where an element sits, to point errors at it. */
  record Located(com.squareup.wire.schema.Location location) {
    InvalidSchemaException invalid(String problem) {
      return new InvalidSchemaException(
          problem + " at " + ProtoNames.position(location),
          location.getLine(),
          location.getColumn(),
          null);
    }
  }
}
