package dev.treaty.registry.contracts;

import dev.treaty.registry.store.SchemaStore;
import java.util.function.Function;

/**
 * Where contracts, environments, deployments and contract gates live: tables next to the schema
 * store's, reached through the same typed store session and retried by the same policy. Two nodes
 * creating one application or environment at once collide on its primary key; the losing
 * transaction is retried and then finds it. Thread-safe.
 */
public final class ContractStore {

  private final SchemaStore store;

  public ContractStore(SchemaStore store) {
    this.store = store;
  }

  <T> T inTransaction(Function<ContractSession, T> work) {
    return store.inTransaction(session -> work.apply(new ContractSession(session)));
  }
}
