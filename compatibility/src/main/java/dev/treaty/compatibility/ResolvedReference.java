package dev.treaty.compatibility;

import java.util.Objects;

/**
 * A schema that another schema refers to, already fetched: {@code name} is how the referring
 * schema names it (an Avro full type name, a .proto import path, a JSON Schema {@code $ref} URL),
 * {@code text} its schema text.
 */
public record ResolvedReference(String name, String text) {
  public ResolvedReference {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }
}
