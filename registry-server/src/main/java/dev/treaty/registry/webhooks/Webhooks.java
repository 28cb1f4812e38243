package dev.treaty.registry.webhooks;

import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.store.EventOutbox;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.WebhookRecords;
import dev.treaty.registry.webhooks.WebhookViews.DeliveryView;
import dev.treaty.registry.webhooks.WebhookViews.PingView;
import dev.treaty.registry.webhooks.WebhookViews.WebhookView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outgoing webhooks: subscriptions, the outbox that queues a delivery of each matching event with
 * the event, and the worker that delivers them. See docs/webhooks.md.
 */
public final class Webhooks implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);

  private final WebhookRecords records;
  private final WebhookConfig config;
  private final WebhookStats stats = new WebhookStats();
  private final Subscriptions subscriptions;
  private final Sender sender;
  private final DeliveryWorker worker;
  private final String source;
  private final ScheduledExecutorService poller;
  private final WebhookAudit audit = new WebhookAudit();
  private volatile SchemaStore store;

  /** @param clusterId the same on every node of one database: the CloudEvents {@code source} is made from it */
  public Webhooks(DataSource dataSource, WebhookConfig config, String clusterId) {
    this.records = new WebhookRecords(dataSource);
    this.config = config;
    this.subscriptions = new Subscriptions(config.queueLimit(), stats);
    this.sender = new Sender(config);
    this.source = "urn:uuid:" + clusterId;
    this.worker = new DeliveryWorker(records, subscriptions, sender, config, stats, UUID.randomUUID().toString(),
        () -> source);
    this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "treaty-webhooks-poll");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Routes appended events to the webhooks that want them; give it to the schema store. */
  public EventOutbox outbox() {
    return subscriptions;
  }

  /**
   * Where changes to webhooks are recorded as events: the store built with {@link #outbox()}.
   * Called once at wiring, before the node takes requests.
   */
  public void recordChangesIn(SchemaStore store) {
    this.store = store;
  }

  // A change to a webhook and its event in the registry's feed, in one transaction.
  private <T> T change(Function<StoreSession, T> work) {
    SchemaStore target = store;
    if (target == null) {
      throw new IllegalStateException("Webhook changes need the store attached before requests are taken");
    }
    return target.inTransaction(work);
  }

  public WebhookStats stats() {
    return stats;
  }

  /**
   * Reads the subscriptions, then delivers every {@code webhooks.poll.ms}. Called once the database
   * is migrated and before the node takes requests, so that no event misses a webhook.
   */
  public void start() {
    worker.poll();
    poller.scheduleWithFixedDelay(this::poll, config.pollMillis(), config.pollMillis(), TimeUnit.MILLISECONDS);
  }

  private void poll() {
    try {
      worker.poll();
    } catch (RuntimeException e) {
      LOG.debug("Could not poll webhook deliveries: {}", e.getMessage());
    }
  }

  public List<WebhookView> list() {
    return records.all().stream().map(Webhook::of).map(w -> WebhookViews.of(w, null)).toList();
  }

  public WebhookView get(String id) {
    return WebhookViews.of(find(id), null);
  }

  /** Stores a new subscription; the answer shows its secrets, the only time they are shown. */
  public WebhookView create(WebhookRequest request, String actor) {
    WebhookValidation.url(sender, request.url());
    WebhookValidation.eventTypes(request.eventTypes());
    List<String> secrets = new ArrayList<>(requestedSecrets(request));
    if (secrets.isEmpty()) {
      secrets.add(Secrets.generate());
    }
    WebhookValidation.secrets(secrets);
    Map<String, String> headers = request.headers() == null ? Map.of() : request.headers();
    WebhookValidation.headers(headers);
    BodyFormat format = WebhookValidation.format(request.format() == null ? "cloudevents" : request.format());
    Webhook webhook = new Webhook(UUID.randomUUID().toString(), request.url(), new LinkedHashSet<>(request.eventTypes()),
        filter("subjectPrefix", request.subjectPrefix(), 4096), filter("application", request.application(), 256),
        filter("environment", request.environment(), 256), secrets, headers, format,
        WebhookValidation.text("description", request.description(), 1024), actor, System.currentTimeMillis(),
        request.enabled() == null || request.enabled(), 0, null);
    change(session -> {
      session.webhooks().insert(webhook.row());
      audit.created(session, webhook, actor);
      return null;
    });
    refresh();
    return WebhookViews.of(webhook, secrets);
  }

  /** Changes the fields given; the answer shows the secrets only when this request set or added some. */
  public WebhookView update(String id, WebhookRequest request, String actor) {
    Webhook old = find(id);
    if (request.url() != null) {
      WebhookValidation.url(sender, request.url());
    }
    if (request.eventTypes() != null) {
      WebhookValidation.eventTypes(request.eventTypes());
    }
    List<String> given = requestedSecrets(request);
    List<String> secrets = new ArrayList<>(given.isEmpty() ? old.secrets() : given);
    if (Boolean.TRUE.equals(request.rotateSecret())) {
      secrets.add(Secrets.generate());
      while (secrets.size() > Secrets.MAX) {
        secrets.remove(0);
      }
    }
    WebhookValidation.secrets(secrets);
    if (request.headers() != null) {
      WebhookValidation.headers(request.headers());
    }
    Webhook changed = new Webhook(id, or(request.url(), old.url()),
        request.eventTypes() == null ? old.eventTypes() : new LinkedHashSet<>(request.eventTypes()),
        request.subjectPrefix() == null ? old.subjectPrefix() : filter("subjectPrefix", request.subjectPrefix(), 4096),
        request.application() == null ? old.application() : filter("application", request.application(), 256),
        request.environment() == null ? old.environment() : filter("environment", request.environment(), 256),
        secrets, request.headers() == null ? old.headers() : request.headers(),
        request.format() == null ? old.format() : WebhookValidation.format(request.format()),
        request.description() == null ? old.description() : WebhookValidation.text("description", request.description(), 1024),
        old.createdBy(), old.createdAt(), request.enabled() == null ? old.enabled() : request.enabled(),
        old.overflowed(), old.lastOverflowEvent());
    boolean found = change(session -> {
      boolean updated = session.webhooks().update(changed.row());
      if (updated) {
        audit.updated(session, old, changed, actor);
      }
      return updated;
    });
    if (!found) {
      throw notFound(id);
    }
    refresh();
    boolean newSecrets = !given.isEmpty() || Boolean.TRUE.equals(request.rotateSecret());
    return WebhookViews.of(changed, newSecrets ? secrets : null);
  }

  /** Removes the subscription and its queue, delivered or not. */
  public void delete(String id, String actor) {
    Webhook webhook = find(id);
    boolean found = change(session -> {
      boolean deleted = session.webhooks().delete(id);
      if (deleted) {
        audit.deleted(session, webhook, actor);
      }
      return deleted;
    });
    if (!found) {
      throw notFound(id);
    }
    refresh();
  }

  /** Sends a {@code webhook.ping} event now, outside the queue, and says how it went. */
  public PingView test(String id) {
    Webhook webhook = find(id);
    CloudEvent ping = CloudEvent.ping(id, UUID.randomUUID().toString().replace("-", ""), source);
    Sender.Attempt attempt = sender.send(webhook, ping);
    return new PingView(ping.id(), attempt.succeeded(), attempt.status(), attempt.latencyMillis(), attempt.error());
  }

  /** The delivery log, newest first: {@code status} pending, delivered or dead, or null for all. */
  public List<DeliveryView> deliveries(String id, String status, long before, int limit) {
    find(id);
    if (status != null && !Set.of("pending", "delivered", "dead").contains(status)) {
      throw new RegistryException(ErrorCode.INVALID_WEBHOOK, "Status must be pending, delivered or dead, not '" + status + "'");
    }
    int bounded = limit <= 0 || limit > 500 ? 100 : limit;
    return records.deliveries(id, status, before <= 0 ? Long.MAX_VALUE : before, bounded).stream()
        .map(WebhookViews::of)
        .toList();
  }

  /** Queues a dead (or delivered) delivery again from its first attempt; it keeps its event id. */
  public DeliveryView replay(String id, long deliveryId, String actor) {
    Webhook webhook = find(id);
    WebhookRecords.DeliveryRow delivery = records.delivery(deliveryId)
        .filter(d -> d.webhookId().equals(id))
        .orElseThrow(() -> new RegistryException(ErrorCode.WEBHOOK_DELIVERY_NOT_FOUND,
            "Webhook " + id + " has no delivery " + deliveryId));
    boolean queued = change(session -> {
      boolean replayed = session.webhooks().replay(id, deliveryId, System.currentTimeMillis());
      if (replayed) {
        audit.replayed(session, webhook, deliveryId, delivery.eventId(), delivery.eventType(), actor);
      }
      return replayed;
    });
    if (!queued) {
      throw new RegistryException(ErrorCode.OPERATION_NOT_PERMITTED,
          "Delivery " + deliveryId + " is " + delivery.status() + ": only a dead or delivered one can be replayed");
    }
    return WebhookViews.of(records.delivery(deliveryId).orElseThrow());
  }

  /** Re-reads the subscriptions now, after a change on this node. */
  public void refresh() {
    worker.refresh();
  }

  @Override
  public void close() {
    poller.shutdownNow();
    worker.close();
  }

  private Webhook find(String id) {
    return records.find(id).map(Webhook::of).orElseThrow(() -> notFound(id));
  }

  private static RegistryException notFound(String id) {
    return new RegistryException(ErrorCode.WEBHOOK_NOT_FOUND, "No webhook " + id);
  }

  private static List<String> requestedSecrets(WebhookRequest request) {
    List<String> secrets = new ArrayList<>();
    if (request.secret() != null && !request.secret().isBlank()) {
      secrets.add(request.secret().trim());
    }
    if (request.secrets() != null) {
      secrets.addAll(request.secrets());
    }
    return secrets;
  }

  private static String filter(String field, String value, int max) {
    WebhookValidation.text(field, value, max);
    return value == null || value.isEmpty() ? null : value;
  }

  private static String or(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
