package dev.treaty.registry.webhooks;

import java.util.concurrent.atomic.LongAdder;

/** What this node's deliveries came to, for Prometheus; the queue depth is the whole cluster's. */
public final class WebhookStats {

  private final LongAdder delivered = new LongAdder();
  private final LongAdder failedAttempts = new LongAdder();
  private final LongAdder dead = new LongAdder();
  private final LongAdder overflowed = new LongAdder();
  private volatile long queueDepth;

  void delivered() {
    delivered.increment();
  }

  void failedAttempt() {
    failedAttempts.increment();
  }

  void dead() {
    dead.increment();
  }

  void overflowed() {
    overflowed.increment();
  }

  void queueDepth(long depth) {
    queueDepth = depth;
  }

  /** Deliveries a receiver acknowledged with a 2xx. */
  public long deliveredCount() {
    return delivered.sum();
  }

  /** Attempts that failed (a non-2xx answer, a timeout, no connection), retried or not. */
  public long failedAttemptCount() {
    return failedAttempts.sum();
  }

  /** Deliveries given up after the last attempt (dead letters). */
  public long deadCount() {
    return dead.sum();
  }

  /** Events not queued because a webhook's queue was full. */
  public long overflowedCount() {
    return overflowed.sum();
  }

  /** Deliveries pending across the cluster, as counted at the last poll. */
  public long queueDepth() {
    return queueDepth;
  }
}
