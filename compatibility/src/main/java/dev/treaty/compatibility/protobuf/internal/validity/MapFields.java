package dev.treaty.compatibility.protobuf.internal.validity;

import dev.treaty.compatibility.protobuf.internal.TypeNames;
import java.util.List;
import java.util.Set;

/** A map's key is an integral type, bool or string: never a float, bytes, an enum or a message. */
final class MapFields implements ValidityRule {

  private static final Set<String> NOT_KEYS = Set.of("float", "double", "bytes");

  @Override
  public void check(Source source, List<Problem> out) {
    source.eachMessage((message, name) -> {
      for (Source.NumberedField field : Source.fieldsOf(message)) {
        if (field.element() == null || !field.element().getType().startsWith("map<")) {
          continue;
        }
        String type = field.element().getType();
        String key = type.substring(4, type.indexOf(',')).trim();
        if (NOT_KEYS.contains(key)) {
          out.add(new Problem(field.location(), "Key in map fields cannot be float/double, bytes or message types."));
        } else if (!Source.isScalar(key)) {
          String resolved = source.names().resolve(key, name);
          TypeNames.Declared declared = resolved == null ? null : source.names().get(resolved);
          out.add(new Problem(field.location(), declared != null && declared.isEnum()
              ? "Key in map fields cannot be enum types."
              : "Key in map fields cannot be float/double, bytes or message types."));
        }
        if (field.oneof() != null) {
          out.add(new Problem(field.location(), "Map fields are not allowed in oneofs."));
        }
      }
    });
  }
}
