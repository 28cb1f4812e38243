package dev.treaty.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.treaty.client.model.RegistryEvent;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Treaty's change feed, and the way nodes learn about each other's hard deletes: {@link #follow}
 * evicts cached schemas whose ids were removed elsewhere.
 */
public final class EventFeed {

  private static final int OVERLAP = 200;

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

  /**
   * Remembers where the feed ends now. Called before the node serves requests, so that every
   * delete after anything this node may cache is seen by {@link #follow}.
   */
  public void startFollowing() {
    followed = store.inTransaction(StoreSession::latestEventId);
  }

  /** Reads events written since the last call and evicts schemas deleted by any node. */
  public void follow() {
    long position = followed;
    if (position < 0) {
      throw new IllegalStateException("startFollowing() was not called");
    }
    while (true) {
      // Ids are handed out at insert but become visible at commit, so a slow transaction can
      // show up behind a newer one: re-read a window behind the position (evicting is idempotent).
      long before = position;
      long from = Math.max(0, position - OVERLAP);
      List<EventRow> batch = store.inTransaction(session -> session.events(from, 500));
      for (EventRow event : batch) {
        if (event.type().equals("SCHEMA_DELETED") && event.schemaId() != null) {
          cache.evict(event.schemaId());
        }
        position = Math.max(position, event.id());
      }
      followed = position;
      if (batch.size() < 500 || position == before) {
        return;
      }
    }
  }

  static RegistryEvent wire(EventRow row) {
    return new RegistryEvent(
        row.id(), Instant.ofEpochMilli(row.createdAt()).toString(), row.type(), row.subject(), row.version(),
        row.schemaId(), row.actor(), detail(row.detail()));
  }

  private static Map<String, String> detail(String json) {
    if (json == null) {
      return Map.of();
    }
    try {
      return Json.MAPPER.readValue(json, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored event detail no longer parses: " + e.getOriginalMessage(), e);
    }
  }
}
