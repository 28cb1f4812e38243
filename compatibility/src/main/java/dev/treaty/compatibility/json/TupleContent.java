package dev.treaty.compatibility.json;

import java.util.List;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.Schema;

/**
 * The content model of an array beyond its tuple positions: open, constrained by
 * {@code additionalItems} (or by {@code items} when it is a single schema), or closed.
 */
record TupleContent(ArraySchema schema) {

  List<Schema> positions() {
    List<Schema> positions = schema.getItemSchemas();
    return positions == null ? List.of() : positions;
  }

  boolean isOpen() {
    return schema.permitsAdditionalItems() && additional() == null && schema.getAllItemSchema() == null;
  }

  boolean isClosed() {
    return !schema.permitsAdditionalItems();
  }

  /** The schema an item past the tuple must match, or null when open or closed. */
  Schema governing() {
    if (isClosed()) {
      return null;
    }
    return additional() != null ? additional() : schema.getAllItemSchema();
  }

  /** The {@code additionalItems} schema, or null when absent, {@code true} or {@code {}}. */
  Schema additional() {
    Schema additional = schema.getSchemaOfAdditionalItems();
    return additional == null || SchemaWalker.acceptsAnything(References.resolve(additional)) ? null : additional;
  }
}
