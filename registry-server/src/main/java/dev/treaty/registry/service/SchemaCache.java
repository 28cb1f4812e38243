package dev.treaty.registry.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.StoreSession;
import java.util.Optional;
import java.util.function.Function;

/**
 * Schemas by id, stored, parsed and rendered. Ids are immutable, so entries never go stale; they
 * leave when a hard delete removes the id (here or, through the events feed, on another node) or
 * when a bound is reached, least-used first. Stored rows are bounded by count ({@code cache.size});
 * parsed and rendered forms, which can be many times a row's size, by an estimate of their memory,
 * so a node's memory follows its working set rather than its history. Thread-safe.
 */
public final class SchemaCache {

  // A parsed schema (Avro's Schema, a Wire proto file, an everit tree) takes roughly ten times its
  // text in heap; measured on the benchmark schemas, rounded up.
  private static final int PARSED_BYTES_PER_CHAR = 10;
  private static final long PARSED_BUDGET_BYTES = 48L << 20;
  private static final long RENDERED_BUDGET_BYTES = 16L << 20;

  private final Cache<Integer, SchemaRow> rows;
  private final Cache<Integer, ParsedSchema> parsed;
  // Keyed by id and whether the answer carries the guid (two renderings, for old and new clients).
  private final Cache<Long, byte[]> rendered;

  SchemaCache(int capacity) {
    rows = Caffeine.newBuilder().maximumSize(capacity).recordStats().build();
    parsed = Caffeine.newBuilder()
        .maximumWeight(PARSED_BUDGET_BYTES)
        .<Integer, ParsedSchema>weigher((id, schema) -> clampedWeight((long) schema.canonical().length() * PARSED_BYTES_PER_CHAR))
        .build();
    rendered = Caffeine.newBuilder()
        .maximumWeight(RENDERED_BUDGET_BYTES)
        .<Long, byte[]>weigher((key, bytes) -> bytes.length)
        .build();
  }

  /** The cached row, without touching the database; empty when not cached. */
  Optional<SchemaRow> cached(int id) {
    return Optional.ofNullable(rows.getIfPresent(id));
  }

  Optional<SchemaRow> row(StoreSession session, int id) {
    Optional<SchemaRow> cached = cached(id);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<SchemaRow> loaded = session.schema(id);
    loaded.ifPresent(row -> rows.put(id, row));
    return loaded;
  }

  /** Keeps a schema this node just stored (after its commit), with the form its text parses to. */
  void remember(SchemaRow row, ParsedSchema parsedForm) {
    rows.put(row.id(), row);
    parsed.put(row.id(), parsedForm);
  }

  /** A stored schema parsed once per id, so judging against many versions re-parses none. */
  ParsedSchema parsed(StoreSession session, SchemaRow row, Formats formats, ReferenceResolver resolver) {
    ParsedSchema known = parsed.getIfPresent(row.id());
    if (known != null) {
      return known;
    }
    try {
      ParsedSchema fresh = formats.of(row.schemaType())
          .parseStored(row.text(), resolver.resolve(session, row.references(), true).texts());
      parsed.put(row.id(), fresh);
      return fresh;
    } catch (InvalidSchemaException e) {
      throw new IllegalStateException("Stored schema " + row.id() + " no longer parses: " + e.getMessage(), e);
    }
  }

  /**
   * The stored schema parsed from the text the registry stores and shows, so that its locations (a
   * .proto's {@code file:line:column}) count lines of that text. The cached form serves when it was
   * parsed from it; the one kept at registration was parsed from the text as registered, which
   * the registry stores re-printed (Protobuf: comments and layout gone), so the stored text is then
   * parsed again, without replacing the cached form that registrations judge with.
   */
  ParsedSchema parsedAsStored(StoreSession session, SchemaRow row, Formats formats, ReferenceResolver resolver) {
    ParsedSchema known = parsed(session, row, formats, resolver);
    if (known.text().equals(row.text())) {
      return known;
    }
    try {
      return formats.of(row.schemaType()).parseStored(row.text(), resolver.resolve(session, row.references(), true).texts());
    } catch (InvalidSchemaException e) {
      throw new IllegalStateException("Stored schema " + row.id() + " no longer parses: " + e.getMessage(), e);
    }
  }

  /** The answer to a plain by-id request, rendered once per form; only for ids whose row is cached. */
  byte[] rendered(int id, boolean withGuid, SchemaRow row, Function<SchemaRow, byte[]> render) {
    return rendered.get(renderedKey(id, withGuid), key -> render.apply(row));
  }

  private static long renderedKey(int id, boolean withGuid) {
    return ((long) id << 1) | (withGuid ? 1 : 0);
  }

  public void evict(int id) {
    rows.invalidate(id);
    parsed.invalidate(id);
    rendered.invalidate(renderedKey(id, false));
    rendered.invalidate(renderedKey(id, true));
  }

  public long hits() {
    return rows.stats().hitCount();
  }

  public long misses() {
    return rows.stats().missCount();
  }

  public int size() {
    return (int) rows.estimatedSize();
  }

  private static int clampedWeight(long bytes) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes));
  }
}
