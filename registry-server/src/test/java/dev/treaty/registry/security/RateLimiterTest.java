package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void allowsABurstThenRefillsOverTime() {
    RateLimiter limiter = new RateLimiter(3);
    assertThat(limiter.tryAcquire("a", 0)).isTrue();
    assertThat(limiter.tryAcquire("a", 0)).isTrue();
    assertThat(limiter.tryAcquire("a", 0)).isTrue();
    assertThat(limiter.tryAcquire("a", 0)).isFalse();
    assertThat(limiter.tryAcquire("a", SECOND / 3 + 1)).isTrue();
    assertThat(limiter.tryAcquire("a", SECOND / 3 + 2)).isFalse();
  }

  @Test
  void clientsHaveTheirOwnBuckets() {
    RateLimiter limiter = new RateLimiter(1);
    assertThat(limiter.tryAcquire("a", 0)).isTrue();
    assertThat(limiter.tryAcquire("a", 0)).isFalse();
    assertThat(limiter.tryAcquire("b", 0)).isTrue();
  }
}
