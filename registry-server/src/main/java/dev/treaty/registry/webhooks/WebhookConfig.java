package dev.treaty.registry.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How webhooks are delivered. Attempt {@code n} (from 1) that failed is retried after a delay drawn
 * from {@code [d/2, d]}, {@code d = min(backoffMax, backoffInitial * 2^(n-1))}; after
 * {@code maxAttempts} failures the delivery is dead.
 *
 * @param queueLimit deliveries a webhook may have pending; an event beyond it is counted as an
 *     overflow on the webhook instead of queued
 * @param pollMillis how often a node looks for due deliveries and re-reads the subscriptions
 * @param allowedHosts host names webhooks may call; empty allows any (see docs/webhooks.md, SSRF)
 * @param retentionDays how long delivered and dead deliveries stay in the log
 */
public record WebhookConfig(
    int maxAttempts, long backoffInitialMillis, long backoffMaxMillis, int queueLimit, long pollMillis,
    long timeoutMillis, int senders, List<String> allowedHosts, int retentionDays) {

  public static final List<String> KEYS = List.of(
      "webhooks.max.attempts", "webhooks.backoff.initial.ms", "webhooks.backoff.max.ms", "webhooks.queue.limit",
      "webhooks.poll.ms", "webhooks.timeout.ms", "webhooks.senders", "webhooks.allowed.hosts", "webhooks.retention.days");

  public WebhookConfig {
    if (maxAttempts < 1 || backoffInitialMillis < 1 || backoffMaxMillis < backoffInitialMillis || queueLimit < 1
        || pollMillis < 1 || timeoutMillis < 1 || senders < 1 || retentionDays < 1) {
      throw new IllegalArgumentException("webhooks.* settings must be positive, and backoff.max at least backoff.initial");
    }
    allowedHosts = List.copyOf(allowedHosts);
  }

  /** Standard Webhooks' advice, shortened: 5 s doubling to an hour, 8 attempts (about 5 hours in all); a 30-day log. */
  public static WebhookConfig defaults() {
    return new WebhookConfig(8, 5_000, 3_600_000, 10_000, 1_000, 15_000, 4, List.of(), 30);
  }

  /** The settings among a server's {@code webhooks.*} keys, defaults for those absent. */
  public static WebhookConfig from(Map<String, String> values) {
    WebhookConfig d = defaults();
    String hosts = values.getOrDefault("webhooks.allowed.hosts", "");
    return new WebhookConfig(
        Integer.parseInt(values.getOrDefault("webhooks.max.attempts", Integer.toString(d.maxAttempts()))),
        Long.parseLong(values.getOrDefault("webhooks.backoff.initial.ms", Long.toString(d.backoffInitialMillis()))),
        Long.parseLong(values.getOrDefault("webhooks.backoff.max.ms", Long.toString(d.backoffMaxMillis()))),
        Integer.parseInt(values.getOrDefault("webhooks.queue.limit", Integer.toString(d.queueLimit()))),
        Long.parseLong(values.getOrDefault("webhooks.poll.ms", Long.toString(d.pollMillis()))),
        Long.parseLong(values.getOrDefault("webhooks.timeout.ms", Long.toString(d.timeoutMillis()))),
        Integer.parseInt(values.getOrDefault("webhooks.senders", Integer.toString(d.senders()))),
        Arrays.stream(hosts.split(",")).map(String::trim).filter(h -> !h.isEmpty()).toList(),
        Integer.parseInt(values.getOrDefault("webhooks.retention.days", Integer.toString(d.retentionDays()))));
  }
}
