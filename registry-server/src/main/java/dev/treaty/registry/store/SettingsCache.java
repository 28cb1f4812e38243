package dev.treaty.registry.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A node's copy of the settings every registration reads (configs, modes, contract gates,
 * deprecations), valid for one settings generation. Every write to those tables raises the
 * generation in its own transaction (the {@code settings} counter), so a transaction that reads
 * the generation once knows whether this copy is current on any node: one statement instead of
 * one per setting, and never a stale answer across nodes. Thread-safe.
 */
final class SettingsCache {

  // Settings are few, but the keys asked about include every subject registered to: past this
  // many, the copy starts again empty (the subjects in use fill it again), so it stays bounded.
  private static final int MAX_ENTRIES = 50_000;

  private volatile Generation current = new Generation(-1);

  /**
   * The value under {@code key} for a transaction that read {@code generation}: from the copy when
   * it is that generation's, else loaded (and kept when the generation is the newest seen).
   */
  @SuppressWarnings("unchecked")
  <T> T get(long generation, Object key, Supplier<T> load) {
    Generation copy = current;
    if (generation > copy.number) {
      copy = new Generation(generation);
      current = copy;
    } else if (generation < copy.number) {
      return load.get(); // a transaction older than the copy: its own reads decide
    }
    Object known = copy.values.get(key);
    if (known != null) {
      return (T) known;
    }
    T loaded = load.get();
    if (copy.values.size() >= MAX_ENTRIES) {
      copy = new Generation(generation);
      current = copy;
    }
    copy.values.put(key, loaded);
    return loaded;
  }

  /** One generation's values; a value read under it is at least as new as the generation. */
  private static final class Generation {
    final long number;
    final Map<Object, Object> values = new ConcurrentHashMap<>();

    Generation(long number) {
      this.number = number;
    }
  }
}
