package dev.treaty.registry.service;

import dev.treaty.client.model.RegistryEvent;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.SchemaStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The events feed read backwards, newest first, for the activity timeline. The feed only reads
 * forwards, so this reads windows of ids below {@code before}, widening past gaps in the ids.
 */
public final class RecentEvents {

  private final SchemaStore store;

  RecentEvents(SchemaStore store) {
    this.store = store;
  }

  /** At most {@code limit} events with ids below {@code before} (0 means from the newest), newest first. */
  public List<RegistryEvent> before(long before, int limit) {
    int wanted = limit <= 0 || limit > 500 ? 50 : limit;
    return store.inTransaction(session -> {
      long end = before <= 0 ? session.latestEventId() + 1 : before;
      List<EventRow> found = new ArrayList<>();
      long window = wanted;
      long upper = end;
      while (found.size() < wanted && upper > 1) {
        long from = Math.max(0, upper - 1 - window);
        for (EventRow row : session.events(from, (int) Math.min(upper - 1 - from, 1000))) {
          if (row.id() < upper) {
            found.add(row);
          }
        }
        upper = from + 1;
        window = Math.min(window * 2, 1000);
      }
      return found.stream()
          .sorted(Comparator.comparingLong(EventRow::id).reversed())
          .limit(wanted)
          .map(EventFeed::wire)
          .toList();
    });
  }
}
