package dev.treaty.registry.security;

import static dev.treaty.registry.security.SecuredRegistry.PASSWORD;
import static dev.treaty.registry.security.SecuredRegistry.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Finding 5: refusals must not cost a password check. Over its rate, or after repeated failures
 * for one user name, a client is refused before bcrypt runs. Timings are compared with one
 * password check measured in the same run: twenty refusals that each paid for one would take
 * twenty times as long.
 */
class FailedLoginsTest {

  private static final int ATTEMPTS = 20;

  /** Milliseconds one wrong password costs, on this machine now. */
  private static long onePasswordCheck(SecuredRegistry registry) {
    long started = System.nanoTime();
    assertThat(registry.send(basic("someone-else", "wrong"), "GET", "/subjects", null).status()).isEqualTo(401);
    return (System.nanoTime() - started) / 1_000_000;
  }

  @Test
  void repeatedFailuresForOneNameAreRefusedWithoutAPasswordCheckWhileTheOwnerGoesOn() {
    try (SecuredRegistry registry = SecuredRegistry.start(Map.of())) {
      assertThat(registry.send(basic("reader"), "GET", "/subjects", null).status()).isEqualTo(200);
      for (int i = 0; i < 6; i++) {
        assertThat(registry.send(basic("reader", "guess " + i), "GET", "/subjects", null).status()).isEqualTo(401);
      }
      long check = onePasswordCheck(registry);
      long started = System.nanoTime();
      int throttled = 0;
      for (int i = 0; i < ATTEMPTS; i++) {
        Http.Answer answer = registry.send(basic("reader", "again " + i), "GET", "/subjects", null);
        throttled += answer.status() == 429 ? 1 : 0;
      }
      long elapsed = (System.nanoTime() - started) / 1_000_000;
      // the delay doubles after each failure it lets through: 1 s, 2 s, 4 s...
      assertThat(throttled).isGreaterThanOrEqualTo(ATTEMPTS - 2);
      assertThat(elapsed).as("%d attempts in ms, one check taking %d ms", ATTEMPTS, check).isLessThan(5 * check + 500);
      assertThat(registry.send(basic("reader"), "GET", "/subjects", null).status())
          .as("the owner's password, verified before, still works").isEqualTo(200);
      assertThat(registry.send(basic("writer"), "GET", "/subjects", null).status())
          .as("other names are not slowed").isEqualTo(200);
    }
  }

  @Test
  void aClientOverItsRateIsRefusedBeforeItsPasswordIsChecked() {
    try (SecuredRegistry registry = SecuredRegistry.start(Map.of("rate.limit", "1"))) {
      long check = onePasswordCheck(registry);
      registry.send(basic("nobody", "guess"), "GET", "/subjects", null);
      long started = System.nanoTime();
      int refused = 0;
      for (int i = 0; i < ATTEMPTS; i++) {
        Http.Answer answer = registry.send(basic("nobody", "again " + i), "GET", "/subjects", null);
        refused += answer.status() == 429 ? 1 : 0;
      }
      long elapsed = (System.nanoTime() - started) / 1_000_000;
      assertThat(refused).isGreaterThanOrEqualTo(ATTEMPTS - 5);
      assertThat(elapsed).as("%d attempts in ms, one check taking %d ms", ATTEMPTS, check).isLessThan(5 * check + 500);
    }
  }

  @Test
  void aPasswordOverSeventyTwoBytesIsRefusedWith401() {
    try (SecuredRegistry registry = SecuredRegistry.start(Map.of())) {
      Http.Answer answer = registry.send(basic("reader", PASSWORD + "x".repeat(80)), "GET", "/subjects", null);
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.errorCode()).isEqualTo(401);
      Http.Answer user = registry.send(basic("admin"), "POST", "/treaty/v1/users",
          Http.json(Map.of("name", "long", "password", "p".repeat(73), "roles", java.util.List.of("reader"))));
      assertThat(user.status()).isEqualTo(422);
      assertThat(user.text()).contains("at most 72 bytes");
    }
  }
}
