package dev.treaty.registry.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.util.Optional;

/**
 * Schema ids per context, as Confluent numbers them: in the default context an id is the stored
 * schema's row id; a named context ({@code :.team:}) has ids of its own, counted from 1 and kept in
 * the store's context id map, so one id may name different schemas in two contexts (which schema
 * linking and imports into a context rely on). Translates both ways: the id a subject's clients see
 * for a stored schema, and the stored schema an id names where a request points. Thread-safe.
 */
final class ContextIds {

  // A named context's id for a stored schema never changes (rows are immutable, row ids never
  // reused), so answers are kept, bounded like the schema cache.
  private static final int MAX_ENTRIES = 100_000;

  private final Cache<Shown, Integer> shown = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();
  private final SchemaCache cache;

  private record Shown(String context, int schemaId) {}

  ContextIds(SchemaCache cache) {
    this.cache = cache;
  }

  /** The id that clients of {@code version}'s subject see for its schema. */
  int shown(StoreSession session, VersionRow version) {
    return shown(session, version.subject(), version.schemaId());
  }

  /** The id that clients of {@code subject}'s context see for the stored schema {@code schemaId}. */
  int shown(StoreSession session, String subject, int schemaId) {
    String context = Contexts.of(subject);
    if (context == null) {
      return schemaId;
    }
    Shown key = new Shown(context, schemaId);
    Integer known = shown.getIfPresent(key);
    if (known != null) {
      return known;
    }
    // Every version in a named context has its schema mapped there (registration maps it, V15
    // mapped the older ones), so the row id is only a guard against a store edited by hand.
    int id = session.contextIdOf(context, schemaId).orElse(schemaId);
    shown.put(key, id);
    return id;
  }

  /**
   * The stored schema that {@code id} names where {@code scope} points: a subject or a context
   * ({@code :.team:}) names its context, none or an unqualified subject the default one. In the
   * default context an id no schema has there is looked for in the named contexts, as Confluent
   * does, so a consumer that does not know the context still finds a linked schema.
   */
  Optional<Integer> stored(StoreSession session, String scope, int id) {
    String context = Contexts.of(scope);
    if (context != null) {
      return session.contextSchemaId(context, id);
    }
    if (id > 0 && cache.row(session, id).isPresent()) {
      return Optional.of(id);
    }
    return session.anyContextSchemaId(id);
  }
}
