package dev.treaty.registry.service;

import dev.treaty.client.model.RegistryEvent;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.SchemaStore;
import java.time.Instant;
import java.util.List;

/**
 * Treaty's change feed, and the way nodes learn about each other's hard deletes: {@link #follow}
 * evicts cached schemas whose ids were removed elsewhere.
 */
public final class EventFeed {

  private final SchemaStore store;
  private final SchemaCache cache;
  private volatile long followed = -1;

  EventFeed(SchemaStore store, SchemaCache cache) {
    this.store = store;
    this.cache = cache;
  }

  public List<RegistryEvent> after(long after, int limit) {
    int bounded = limit <= 0 || limit > 1000 ? 100 : limit;
    return store.inTransaction(session -> session.events(after, bounded)).stream()
        .map(EventFeed::wire)
        .toList();
  }

  /** Reads events written since the last call and evicts schemas deleted by any node. */
  public void follow() {
    long position = followed;
    if (position < 0) {
      // Start from the end: the cache is empty at startup, so older deletes do not matter.
      position = store.inTransaction(session -> session.latestEventId());
    }
    while (true) {
      long from = position;
      List<EventRow> batch = store.inTransaction(session -> session.events(from, 500));
      for (EventRow event : batch) {
        if (event.type().equals("SCHEMA_DELETED") && event.schemaId() != null) {
          cache.evict(event.schemaId());
        }
        position = event.id();
      }
      followed = position;
      if (batch.size() < 500) {
        return;
      }
    }
  }

  private static RegistryEvent wire(EventRow row) {
    return new RegistryEvent(
        row.id(), Instant.ofEpochMilli(row.createdAt()).toString(), row.type(), row.subject(), row.version(),
        row.schemaId(), row.actor());
  }
}
