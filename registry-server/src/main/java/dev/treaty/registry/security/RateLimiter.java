package dev.treaty.registry.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per client: {@code perSecond} requests a second, with bursts of as many. */
final class RateLimiter {

  private static final int MAX_CLIENTS = 100_000;

  private final int perSecond;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long refilledAt;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.refilledAt = now;
    }
  }

  RateLimiter(int perSecond) {
    this.perSecond = perSecond;
  }

  boolean isOn() {
    return perSecond > 0;
  }

  /** Takes one token from the client's bucket; false when it is empty. */
  boolean tryAcquire(String client, long nanoTime) {
    if (buckets.size() > MAX_CLIENTS) {
      // Forget idle clients rather than grow without bound under a flood of addresses.
      buckets.clear();
    }
    Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(perSecond, nanoTime));
    synchronized (bucket) {
      double elapsed = (nanoTime - bucket.refilledAt) / 1e9;
      bucket.tokens = Math.min(perSecond, bucket.tokens + elapsed * perSecond);
      bucket.refilledAt = nanoTime;
      if (bucket.tokens < 1) {
        return false;
      }
      bucket.tokens -= 1;
      return true;
    }
  }
}
