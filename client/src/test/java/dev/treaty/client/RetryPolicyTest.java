package dev.treaty.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(500));

  @Test
  void delaysDoubleFromTheInitialDelayUpToTheMaximumWithJitterInTheUpperHalf() {
    RandomGenerator random = new SplittableRandom(42);
    long[][] bounds = {{50, 100}, {100, 200}, {200, 400}, {250, 500}, {250, 500}};
    for (int attempt = 2; attempt <= 6; attempt++) {
      for (int draw = 0; draw < 200; draw++) {
        long millis = policy.delayBefore(attempt, random).toMillis();
        assertThat(millis).as("attempt %d", attempt).isBetween(bounds[attempt - 2][0], bounds[attempt - 2][1]);
      }
    }
  }

  @Test
  void jitterSpreadsTheDelays() {
    RandomGenerator random = new SplittableRandom(7);
    long first = policy.delayBefore(4, random).toMillis();
    boolean differs = false;
    for (int draw = 0; draw < 50 && !differs; draw++) {
      differs = policy.delayBefore(4, random).toMillis() != first;
    }
    assertThat(differs).isTrue();
  }

  @Test
  void refusesZeroAttempts() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
        .hasMessage("maxAttempts must be at least 1, got 0");
  }
}
