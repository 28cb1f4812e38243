package dev.treaty.client;

import dev.treaty.client.model.SchemaString;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Schemas by id, which never change once issued, kept in least-recently-used order. Thread-safe;
 * a load runs outside the lock, so two threads may both fetch a missing id once.
 */
final class SchemaCache {

  private final int capacity;
  private final Map<Integer, SchemaString> entries;

  SchemaCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, SchemaString> eldest) {
        return size() > SchemaCache.this.capacity;
      }
    };
  }

  SchemaString get(int id, IntFunction<SchemaString> load) {
    if (capacity <= 0) {
      return load.apply(id);
    }
    synchronized (entries) {
      SchemaString cached = entries.get(id);
      if (cached != null) {
        return cached;
      }
    }
    SchemaString loaded = load.apply(id);
    synchronized (entries) {
      entries.put(id, loaded);
    }
    return loaded;
  }
}
