package dev.treaty.registry.store;

import java.util.function.Function;

/**
 * Where subjects, schemas, configs, modes and events live. All work happens inside
 * {@link #inTransaction}; a transaction that lost a race with another node is retried, so the
 * work must not have side effects outside the store. Thread-safe.
 */
public interface SchemaStore {

  /** Runs {@code work} in one transaction, retrying it when it conflicts with a concurrent one. */
  <T> T inTransaction(Function<StoreSession, T> work);

  /**
   * Runs {@code work} that reads with a single statement, without opening a transaction (the
   * statement sees the latest commit, as it would inside one); for the hottest reads, such as a
   * schema by id that missed the cache.
   */
  <T> T readOnce(Function<StoreSession, T> work);

  /** Whether the database answers right now. */
  boolean isReachable();

  /** A short human name of the storage, for the startup line ("H2 file ./data/treaty"). */
  String describe();
}
