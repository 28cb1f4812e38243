package dev.treaty.registry.webhooks;

import dev.treaty.registry.store.WebhookRecords.DeliveryRow;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What the API shows of webhooks and deliveries. Secrets never; header values that hold credentials redacted. */
public final class WebhookViews {

  /** A subscription; {@code secrets} is filled only in the answer that created them. */
  public record WebhookView(
      String id, String url, List<String> eventTypes, String subjectPrefix, String application, String environment,
      Map<String, String> headers, String format, String description, String createdBy, String createdAt,
      boolean enabled, int secretCount, long overflowed, Long lastOverflowEvent, List<String> secrets) {}

  /** One entry of a webhook's delivery log. */
  public record DeliveryView(
      long id, String webhookId, long eventId, String eventType, String subject, String status, int attempts,
      String nextAttemptAt, String lastError, Integer lastStatusCode, Long latencyMs, String createdAt,
      String deliveredAt) {}

  /** The outcome of a test request (a {@code webhook.ping} event), sent at once and not queued. */
  public record PingView(String id, boolean delivered, Integer statusCode, long latencyMs, String error) {}

  private WebhookViews() {}

  static WebhookView of(Webhook webhook, List<String> newSecrets) {
    return new WebhookView(webhook.id(), webhook.url(), List.copyOf(webhook.eventTypes()), webhook.subjectPrefix(),
        webhook.application(), webhook.environment(), redacted(webhook.headers()), webhook.format().wireName(),
        webhook.description(), webhook.createdBy(), time(webhook.createdAt()), webhook.enabled(),
        webhook.secrets().size(), webhook.overflowed(), webhook.lastOverflowEvent(), newSecrets);
  }

  static DeliveryView of(DeliveryRow row) {
    return new DeliveryView(row.id(), row.webhookId(), row.eventId(), EventTypes.of(row.eventType()),
        row.eventSubject(), row.status(), row.attempts(),
        row.status().equals("pending") ? time(row.nextAttemptAt()) : null, row.lastError(), row.lastStatus(),
        row.latencyMs(), time(row.createdAt()), row.deliveredAt() == null ? null : time(row.deliveredAt()));
  }

  // As Pact's broker does: a header whose name suggests a credential is shown as stars.
  private static Map<String, String> redacted(Map<String, String> headers) {
    Map<String, String> shown = new TreeMap<>();
    headers.forEach((name, value) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean secret = lower.contains("authorization") || lower.contains("token") || lower.contains("key")
          || lower.contains("secret") || lower.contains("cookie");
      shown.put(name, secret ? "****" : value);
    });
    return shown;
  }

  private static String time(long millis) {
    return Instant.ofEpochMilli(millis).toString();
  }
}
