package dev.treaty.registry.webhooks;

import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: exponential backoff, capped, with "equal jitter" (half the
 * delay fixed, half random). Full jitter (anywhere in {@code [0, d]}) spreads retries a little more
 * but lets a later gap come out shorter than an earlier one; with equal jitter the gaps always
 * grow until the cap, which is what receivers and the operator reading the log expect.
 */
final class Backoff {

  private Backoff() {}

  /** The delay after the {@code failures}-th failed attempt (1 for the first), honouring a receiver's Retry-After. */
  static long delay(WebhookConfig config, int failures, Long retryAfterMillis) {
    long ceiling = config.backoffInitialMillis();
    for (int i = 1; i < failures && ceiling < config.backoffMaxMillis(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, config.backoffMaxMillis());
    long half = ceiling / 2;
    long delay = half + ThreadLocalRandom.current().nextLong(ceiling - half + 1);
    if (retryAfterMillis != null && retryAfterMillis > delay) {
      delay = Math.min(retryAfterMillis, config.backoffMaxMillis());
    }
    return delay;
  }
}
