package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The growing delay after failed logins, on a clock the test sets. */
class LoginThrottleTest {

  @Test
  void theFirstFailuresAreFreeThenEachDoublesTheWaitUpToTheCap() {
    LoginThrottle throttle = new LoginThrottle(3, 4_000);
    for (int i = 0; i < 3; i++) {
      throttle.failed("alice", 0);
      assertThat(throttle.waitMillis("alice", 0)).isZero();
    }
    throttle.failed("alice", 0);
    assertThat(throttle.waitMillis("alice", 0)).isEqualTo(1_000);
    throttle.failed("alice", 1_000);
    assertThat(throttle.waitMillis("alice", 1_000)).isEqualTo(2_000);
    throttle.failed("alice", 3_000);
    throttle.failed("alice", 7_000);
    assertThat(throttle.waitMillis("alice", 7_000)).as("capped").isEqualTo(4_000);
    assertThat(throttle.waitMillis("bob", 7_000)).as("other names are not slowed").isZero();
  }

  @Test
  void aSuccessOrAQuietQuarterOfAnHourForgetsTheFailures() {
    LoginThrottle throttle = new LoginThrottle(0, 60_000);
    throttle.failed("alice", 0);
    throttle.succeeded("alice");
    assertThat(throttle.waitMillis("alice", 0)).isZero();
    throttle.failed("bob", 0);
    throttle.failed("bob", 16 * 60_000);
    assertThat(throttle.waitMillis("bob", 16 * 60_000)).as("counted from one again").isEqualTo(1_000);
  }
}
