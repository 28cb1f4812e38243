package dev.treaty.registry.service;

import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.StoreSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Schemas by id, stored and parsed. Ids are immutable, so entries never go stale; they are only
 * evicted when a hard delete removes the id, here or (through the events feed) on another node.
 * Thread-safe.
 */
public final class SchemaCache {

  private final Map<Integer, SchemaRow> rows = new ConcurrentHashMap<>();
  private final Map<Integer, ParsedSchema> parsed = new ConcurrentHashMap<>();
  private final Map<Integer, byte[]> rendered = new ConcurrentHashMap<>();
  private final int capacity;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  SchemaCache(int capacity) {
    this.capacity = capacity;
  }

  /** The cached row, without touching the database; empty when not cached. */
  Optional<SchemaRow> cached(int id) {
    SchemaRow row = rows.get(id);
    (row == null ? misses : hits).increment();
    return Optional.ofNullable(row);
  }

  Optional<SchemaRow> row(StoreSession session, int id) {
    Optional<SchemaRow> cached = cached(id);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<SchemaRow> loaded = session.schema(id);
    loaded.ifPresent(row -> remember(rows, id, row));
    return loaded;
  }

  ParsedSchema parsed(StoreSession session, SchemaRow row, Formats formats, ReferenceResolver resolver) {
    ParsedSchema known = parsed.get(row.id());
    if (known != null) {
      return known;
    }
    try {
      ParsedSchema fresh = formats.of(row.schemaType())
          .parseStored(row.text(), resolver.resolve(session, row.references(), true).texts());
      remember(parsed, row.id(), fresh);
      return fresh;
    } catch (InvalidSchemaException e) {
      throw new IllegalStateException("Stored schema " + row.id() + " no longer parses: " + e.getMessage(), e);
    }
  }

  /** The answer to a plain by-id request, rendered once; only for ids whose row is cached. */
  byte[] rendered(int id, SchemaRow row, java.util.function.Function<SchemaRow, byte[]> render) {
    byte[] known = rendered.get(id);
    if (known != null) {
      return known;
    }
    byte[] fresh = render.apply(row);
    remember(rendered, id, fresh);
    return fresh;
  }

  public void evict(int id) {
    rows.remove(id);
    parsed.remove(id);
    rendered.remove(id);
  }

  public long hits() {
    return hits.sum();
  }

  public long misses() {
    return misses.sum();
  }

  public int size() {
    return rows.size();
  }

  // A crude bound: dropping everything now and then costs a few reloads, never a wrong answer.
  private <V> void remember(Map<Integer, V> map, int id, V value) {
    if (map.size() >= capacity) {
      map.clear();
    }
    map.put(id, value);
  }
}
