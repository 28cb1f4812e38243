package dev.treaty.registry.webhooks;

import dev.treaty.registry.store.EventOutbox;
import dev.treaty.registry.store.EventRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The enabled webhooks, held in memory so that routing an event costs nothing when there are none
 * and one insert per webhook that wants it otherwise. Re-read from the database by every poll of
 * the {@link DeliveryWorker} (so a webhook created on another node applies here within
 * {@code webhooks.poll.ms}) and at once after a change made on this node.
 *
 * <p>The queue bound is checked against the depth counted at the last poll plus what this node
 * queued since: a busy cluster can pass the limit by what the other nodes queue within one poll.
 * A transaction retried after a conflict counts its deliveries twice until the next poll.
 */
final class Subscriptions implements EventOutbox {

  private final int queueLimit;
  private final WebhookStats stats;
  private volatile List<Webhook> enabled = List.of();
  private final Map<String, AtomicLong> depth = new ConcurrentHashMap<>();

  Subscriptions(int queueLimit, WebhookStats stats) {
    this.queueLimit = queueLimit;
    this.stats = stats;
  }

  @Override
  public Routing route(EventRow event) {
    List<Webhook> webhooks = enabled;
    if (webhooks.isEmpty()) {
      return Routing.NOBODY;
    }
    List<String> queued = new ArrayList<>(1);
    List<String> overflowed = new ArrayList<>(0);
    for (Webhook webhook : webhooks) {
      if (webhook.wants(event)) {
        AtomicLong pending = depth.computeIfAbsent(webhook.id(), id -> new AtomicLong());
        if (pending.incrementAndGet() > queueLimit) {
          pending.decrementAndGet();
          overflowed.add(webhook.id());
          stats.overflowed();
        } else {
          queued.add(webhook.id());
        }
      }
    }
    return queued.isEmpty() && overflowed.isEmpty() ? Routing.NOBODY : new Routing(queued, overflowed);
  }

  /** Replaces what is known with a fresh read: all webhooks and the pending deliveries of each. */
  void refresh(List<Webhook> all, Map<String, Long> pending) {
    enabled = all.stream().filter(Webhook::enabled).toList();
    depth.keySet().retainAll(pending.keySet());
    pending.forEach((id, count) -> depth.computeIfAbsent(id, k -> new AtomicLong()).set(count));
    stats.queueDepth(pending.values().stream().mapToLong(Long::longValue).sum());
  }
}
