package dev.treaty.registry.store;

import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * One transaction's view of the {@link SettingsCache}: reads the settings generation once, and
 * after the transaction's own first settings write raises it and reads past the cache (its own
 * writes are not committed, so no other transaction may see them through the copy).
 */
final class SessionSettings {

  private final Handle handle;
  private final SettingsCache cache;
  private Long generation;
  private boolean wrote;

  SessionSettings(Handle handle, SettingsCache cache) {
    this.handle = handle;
    this.cache = cache;
  }

  /** A settings read; {@code key} names it (a record of the statement and its arguments). */
  <T> T read(Object key, Supplier<T> load) {
    if (wrote) {
      return load.get();
    }
    if (generation == null) {
      generation = handle.createQuery(Sql.named("settings-generation")).mapTo(Long.class).one();
    }
    return cache.get(generation, key, load);
  }

  /** Called before each settings write: the first raises the generation for every node. */
  void changing() {
    if (!wrote) {
      handle.createUpdate(Sql.named("raise-settings-generation")).execute();
      wrote = true;
    }
  }
}
