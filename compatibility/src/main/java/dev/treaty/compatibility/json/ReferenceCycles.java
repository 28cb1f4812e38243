package dev.treaty.compatibility.json;

import dev.treaty.compatibility.InvalidSchemaException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;

/**
 * Rejects {@code $ref} chains that never reach a schema ({@code a -> b -> a}): validating or
 * comparing them could not terminate. Recursion through properties or items is fine.
 */
final class ReferenceCycles {

  private ReferenceCycles() {}

  static void reject(Schema root) {
    Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Schema> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Schema schema = pending.pop();
      if (schema == null || !seen.add(schema)) {
        continue;
      }
      if (schema instanceof ReferenceSchema reference) {
        checkChain(reference);
      }
      SubSchemas.of(schema).forEach(pending::push);
    }
  }

  private static void checkChain(ReferenceSchema start) {
    Set<Schema> chain = Collections.newSetFromMap(new IdentityHashMap<>());
    Schema current = start;
    while (current instanceof ReferenceSchema reference) {
      if (!chain.add(reference)) {
        throw new InvalidSchemaException(
            "The reference " + start.getReferenceValue() + " is part of a $ref cycle that never reaches a schema");
      }
      current = reference.getReferredSchema();
    }
  }
}
