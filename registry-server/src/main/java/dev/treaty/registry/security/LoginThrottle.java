package dev.treaty.registry.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A growing delay after failed logins, per key (a user name, or a client address): the first
 * {@code free} failures cost nothing, then each one doubles the wait before the next attempt, up
 * to {@code maxDelayMillis}. A quiet quarter of an hour forgets the failures. Kept in memory per
 * node, so a cluster of n nodes lets an attacker n times as many guesses. Thread-safe.
 */
final class LoginThrottle {

  private static final long FORGET_AFTER_MILLIS = 15 * 60_000L;
  private static final int MAX_KEYS = 100_000;

  private final int free;
  private final long maxDelayMillis;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  private record Failures(int count, long lastAt, long notBefore) {}

  LoginThrottle(int free, long maxDelayMillis) {
    this.free = free;
    this.maxDelayMillis = maxDelayMillis;
  }

  /** Milliseconds to wait before the key may try again; 0 when it may now. */
  long waitMillis(String key, long nowMillis) {
    Failures seen = failures.get(key);
    return seen == null ? 0 : Math.max(0, seen.notBefore() - nowMillis);
  }

  void failed(String key, long nowMillis) {
    if (failures.size() > MAX_KEYS) {
      failures.values().removeIf(f -> nowMillis - f.lastAt() > FORGET_AFTER_MILLIS);
    }
    failures.compute(key, (k, seen) -> {
      int count = seen == null || nowMillis - seen.lastAt() > FORGET_AFTER_MILLIS ? 1 : seen.count() + 1;
      long delay = count <= free ? 0 : Math.min(maxDelayMillis, 1000L << Math.min(20, count - free - 1));
      return new Failures(count, nowMillis, nowMillis + delay);
    });
  }

  void succeeded(String key) {
    failures.remove(key);
  }
}
