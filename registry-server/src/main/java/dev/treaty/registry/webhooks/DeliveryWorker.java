package dev.treaty.registry.webhooks;

import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.WebhookRecords;
import dev.treaty.registry.store.WebhookRecords.DeliveryRow;
import dev.treaty.registry.store.WebhookRecords.Outcome;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what is due, on every node. A node takes a delivery by writing its lease on the row
 * with a conditional update, so each attempt is made by one node; a node that dies mid-attempt
 * leaves a lease that expires, and another node makes the attempt again (at least once: the
 * receiver deduplicates on the event id).
 */
final class DeliveryWorker {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

  private final WebhookRecords records;
  private final Subscriptions subscriptions;
  private final Sender sender;
  private final WebhookConfig config;
  private final WebhookStats stats;
  private final String node;
  private final Supplier<String> source;
  private final ExecutorService senders;
  private final Semaphore free;
  private long prunedAt;

  DeliveryWorker(WebhookRecords records, Subscriptions subscriptions, Sender sender, WebhookConfig config,
      WebhookStats stats, String node, Supplier<String> source) {
    this.records = records;
    this.subscriptions = subscriptions;
    this.sender = sender;
    this.config = config;
    this.stats = stats;
    this.node = node;
    this.source = source;
    this.free = new Semaphore(config.senders());
    this.senders = Executors.newFixedThreadPool(config.senders(), runnable -> {
      Thread thread = new Thread(runnable, "treaty-webhooks");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Re-reads the subscriptions and the queue depths. */
  void refresh() {
    subscriptions.refresh(records.all().stream().map(Webhook::of).toList(), records.pendingCounts());
  }

  /** Refreshes, then starts an attempt for each due delivery this node can take now. */
  void poll() {
    refresh();
    prune();
    int slots = free.availablePermits();
    if (slots == 0) {
      return;
    }
    long now = System.currentTimeMillis();
    for (long id : records.due(now, slots)) {
      if (!free.tryAcquire()) {
        return;
      }
      // the lease outlasts the request's timeout (connect and response), plus the writes around it
      if (!records.claim(id, node, now, now + 2 * config.timeoutMillis() + 5_000)) {
        free.release();
        continue;
      }
      try {
        senders.execute(() -> {
          try {
            attempt(id);
          } catch (RuntimeException e) {
            LOG.warn("Webhook delivery {} failed unexpectedly; its lease will expire and it is tried again", id, e);
          } finally {
            free.release();
          }
        });
      } catch (RejectedExecutionException e) {
        free.release();
        return;
      }
    }
  }

  // Every node prunes, at most once a minute; deleting what another node just deleted is harmless.
  private void prune() {
    long now = System.currentTimeMillis();
    if (now - prunedAt >= 60_000) {
      prunedAt = now;
      records.prune(now - config.retentionDays() * 86_400_000L);
    }
  }

  private void attempt(long id) {
    Optional<DeliveryRow> found = records.delivery(id);
    if (found.isEmpty()) {
      return;
    }
    DeliveryRow delivery = found.get();
    Optional<Webhook> webhook = records.find(delivery.webhookId()).map(Webhook::of);
    Optional<EventRow> event = records.event(delivery.eventId());
    if (webhook.isEmpty() || event.isEmpty()) {
      return;
    }
    Sender.Attempt attempt = sender.send(webhook.get(), CloudEvent.of(event.get(), source.get()));
    int attempts = delivery.attempts() + 1;
    long now = System.currentTimeMillis();
    Outcome outcome;
    if (attempt.succeeded()) {
      stats.delivered();
      outcome = new Outcome("delivered", attempts, now, null, attempt.status(), attempt.latencyMillis(), now);
    } else if (Integer.valueOf(410).equals(attempt.status())) {
      // Standard Webhooks: 410 Gone means the receiver is gone for good; stop sending to it.
      records.disable(delivery.webhookId());
      stats.failedAttempt();
      stats.dead();
      outcome = new Outcome("dead", attempts, now, "HTTP 410 Gone: the webhook was disabled", 410,
          attempt.latencyMillis(), null);
    } else {
      stats.failedAttempt();
      boolean last = attempts >= config.maxAttempts();
      if (last) {
        stats.dead();
      }
      long next = last ? now : now + Backoff.delay(config, attempts, attempt.retryAfterMillis());
      outcome = new Outcome(last ? "dead" : "pending", attempts, next, truncate(attempt.error()), attempt.status(),
          attempt.latencyMillis(), null);
    }
    if (!records.finish(id, node, outcome)) {
      LOG.info("Webhook delivery {} outlived its lease; another node may have tried it too", id);
    }
  }

  private static String truncate(String error) {
    return error == null || error.length() <= 1000 ? error : error.substring(0, 1000) + "…";
  }

  /** Stops taking deliveries and waits (up to the request timeout) for the attempts under way. */
  void close() {
    senders.shutdown();
    try {
      senders.awaitTermination(config.timeoutMillis() + 1_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
