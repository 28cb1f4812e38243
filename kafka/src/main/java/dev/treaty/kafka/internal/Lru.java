package dev.treaty.kafka.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded least-recently-used cache. Thread-safe; a load runs outside the lock, so two threads
 * missing the same key at once may both load it (the registry answers both the same).
 */
public final class Lru<K, V> {

  private final Map<K, V> entries;

  public Lru(int capacity) {
    int bound = Math.max(1, capacity);
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > bound;
      }
    };
  }

  public V get(K key, Function<K, V> load) {
    synchronized (entries) {
      V cached = entries.get(key);
      if (cached != null) {
        return cached;
      }
    }
    V loaded = load.apply(key);
    synchronized (entries) {
      entries.put(key, loaded);
    }
    return loaded;
  }

  /** The cached value, or {@code null}; unlike {@link #get} it takes no loader, so a hit allocates nothing. */
  public V peek(K key) {
    synchronized (entries) {
      return entries.get(key);
    }
  }

  public void put(K key, V value) {
    synchronized (entries) {
      entries.put(key, value);
    }
  }

  public void remove(K key) {
    synchronized (entries) {
      entries.remove(key);
    }
  }

  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
