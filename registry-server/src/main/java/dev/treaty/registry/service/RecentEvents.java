package dev.treaty.registry.service;

import dev.treaty.client.model.RegistryEvent;
import dev.treaty.registry.store.EventFilter;
import dev.treaty.registry.store.SchemaStore;
import java.util.List;

/**
 * The events feed read backwards, newest first: the activity timeline and the audit trail, narrowed
 * by subject, application, environment, type and actor. Thread-safe.
 */
public final class RecentEvents {

  private final SchemaStore store;

  RecentEvents(SchemaStore store) {
    this.store = store;
  }

  /** At most {@code limit} events with ids below {@code before} (0: from the newest) that {@code filter} keeps, newest first. */
  public List<RegistryEvent> before(long before, Filter filter, int limit) {
    int wanted = limit <= 0 || limit > 500 ? 50 : limit;
    long end = before <= 0 ? Long.MAX_VALUE : before;
    EventFilter narrowed = filter.forStore();
    return store.inTransaction(session -> session.eventsBefore(end, narrowed, wanted)).stream()
        .map(EventFeed::wire)
        .toList();
  }

  /** What the audit trail asks for; a null or blank field matches every event. */
  public record Filter(String subject, String application, String environment, String type, String actor) {

    EventFilter forStore() {
      return new EventFilter(subject, application, environment, type, actor);
    }
  }
}
