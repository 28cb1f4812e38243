package dev.treaty.compatibility.json;

import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;

/** Follows {@code $ref} nodes to the schema they name. */
final class References {

  /** More hops than any sane chain of references; pure cycles are rejected when parsing. */
  private static final int MAX_HOPS = 256;

  private References() {}

  static Schema resolve(Schema schema) {
    Schema current = schema;
    for (int hops = 0; current instanceof ReferenceSchema reference && hops < MAX_HOPS; hops++) {
      if (reference.getReferredSchema() == null) {
        return current;
      }
      current = reference.getReferredSchema();
    }
    return current;
  }
}
