package dev.treaty.client;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently idempotent calls are retried after a connection failure or a
 * 408/429/5xx answer. Delays grow exponentially from {@code initialDelay} up to {@code maxDelay};
 * each delay is drawn uniformly between half and all of that bound ("equal jitter"), so clients
 * that failed together do not retry together.
 *
 * @param maxAttempts attempts in total, at least 1 (1 means no retry)
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

  public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2));
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    if (initialDelay.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("Retry delays cannot be negative");
    }
  }

  /** The pause before attempt {@code attempt} (2 for the first retry). */
  Duration delayBefore(int attempt, RandomGenerator random) {
    long bound = initialDelay.toMillis();
    for (int i = 2; i < attempt && bound < maxDelay.toMillis(); i++) {
      bound *= 2;
    }
    bound = Math.min(bound, maxDelay.toMillis());
    if (bound <= 0) {
      return Duration.ZERO;
    }
    long half = bound / 2;
    return Duration.ofMillis(half + random.nextLong(bound - half + 1));
  }
}
