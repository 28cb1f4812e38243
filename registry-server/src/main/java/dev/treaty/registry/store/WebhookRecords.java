package dev.treaty.registry.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The webhook tables of {@code V11__webhooks.sql}: subscriptions and their delivery queue, with SQL
 * from {@code WebhookRecords/<name>.sql}. Each method is its own short transaction; deliveries are
 * queued by {@link JdbiSession#append} instead, with the event. Thread-safe.
 */
public final class WebhookRecords {

  /** A subscription as stored: event types and secrets separated by spaces, headers a JSON object. */
  public record WebhookRow(
      String id, String url, String eventTypes, String subjectPrefix, String application, String environment,
      String secrets, String headersJson, String format, String description, String createdBy, long createdAt,
      boolean enabled, long overflowed, Long lastOverflowEvent) {}

  /** One event for one webhook, with the event's type and subject for the log. */
  public record DeliveryRow(
      long id, String webhookId, long eventId, String eventType, String eventSubject, String status, int attempts,
      long nextAttemptAt, String lastError, Integer lastStatus, Long latencyMs, long createdAt, Long deliveredAt) {}

  /** What an attempt ended with; {@code status} is pending (retry at {@code nextAttemptAt}), delivered or dead. */
  public record Outcome(
      String status, int attempts, long nextAttemptAt, String lastError, Integer lastStatus, Long latencyMs,
      Long deliveredAt) {}

  private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();
  private static final Map<String, String> SQL = new ConcurrentHashMap<>();

  // Either a pool of its own (the delivery worker's short statements) or one transaction's handle
  // (a change to a webhook, written with its event in the registry's transaction).
  private final Jdbi jdbi;
  private final Handle handle;

  public WebhookRecords(DataSource dataSource) {
    this.jdbi = Jdbi.create(dataSource);
    this.handle = null;
  }

  WebhookRecords(Handle handle) {
    this.jdbi = null;
    this.handle = handle;
  }

  private <T> T with(HandleCallback<T, RuntimeException> work) {
    return handle != null ? work.withHandle(handle) : jdbi.withHandle(work);
  }

  private <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
    return handle != null ? work.withHandle(handle) : jdbi.inTransaction(work);
  }

  public void insert(WebhookRow row) {
    with(handle -> handle.createUpdate(sql("insert-webhook")).bindMethods(row)
        .bind("headers", row.headersJson()).execute());
  }

  /** Whether the webhook existed. */
  public boolean update(WebhookRow row) {
    return with(handle -> handle.createUpdate(sql("update-webhook")).bindMethods(row)
        .bind("headers", row.headersJson()).execute()) > 0;
  }

  /** Removes the webhook and its queue; whether it existed. */
  public boolean delete(String id) {
    return inTransaction(handle -> {
      handle.createUpdate(sql("delete-deliveries")).bind("id", id).execute();
      return handle.createUpdate(sql("delete-webhook")).bind("id", id).execute() > 0;
    });
  }

  /** Stops deliveries to a webhook whose receiver answered 410 Gone. */
  public void disable(String id) {
    with(handle -> handle.createUpdate(sql("disable-webhook")).bind("id", id).execute());
  }

  public Optional<WebhookRow> find(String id) {
    return with(handle -> handle.createQuery(sql("webhook")).bind("id", id).map(WebhookRecords::webhook)
        .findOne());
  }

  public List<WebhookRow> all() {
    return with(handle -> handle.createQuery(sql("webhooks")).map(WebhookRecords::webhook).list());
  }

  /** Deliveries still to be made, per webhook (webhooks with none are absent). */
  public Map<String, Long> pendingCounts() {
    return with(handle -> {
      Map<String, Long> counts = new HashMap<>();
      handle.createQuery(sql("pending-counts"))
          .map((rs, ctx) -> counts.put(rs.getString("webhook_id"), rs.getLong("pending")))
          .list();
      return counts;
    });
  }

  /** Ids of deliveries due now that no live lease holds: candidates for {@link #claim}. */
  public List<Long> due(long now, int limit) {
    return with(handle -> handle.createQuery(sql("due-deliveries")).bind("now", now).bind("limit", limit)
        .mapTo(Long.class).list());
  }

  /** Takes the lease on a due delivery until {@code until}; false when another node has it. */
  public boolean claim(long id, String owner, long now, long until) {
    return with(handle -> handle.createUpdate(sql("claim-delivery"))
        .bind("id", id).bind("owner", owner).bind("now", now).bind("until", until).execute()) == 1;
  }

  /** Records an attempt and releases the lease; false when the lease was lost to another node meanwhile. */
  public boolean finish(long id, String owner, Outcome outcome) {
    return with(handle -> handle.createUpdate(sql("finish-delivery")).bindMethods(outcome)
        .bind("latency", outcome.latencyMs()).bind("id", id).bind("owner", owner).execute()) == 1;
  }

  public Optional<DeliveryRow> delivery(long id) {
    return with(handle -> handle.createQuery(sql("delivery")).bind("id", id).map(WebhookRecords::delivery)
        .findOne());
  }

  /** A webhook's deliveries with ids below {@code before}, newest first; {@code status} null for all. */
  public List<DeliveryRow> deliveries(String webhookId, String status, long before, int limit) {
    return with(handle -> handle.createQuery(sql("deliveries-of-webhook"))
        .bind("webhook", webhookId)
        .bind("anyStatus", status == null)
        .bind("status", status == null ? "" : status)
        .bind("before", before)
        .bind("limit", limit)
        .map(WebhookRecords::delivery)
        .list());
  }

  /** Queues a dead or delivered delivery again, due now; false when there is none or it is still pending. */
  public boolean replay(String webhookId, long deliveryId, long now) {
    return with(handle -> handle.createUpdate(sql("replay-delivery"))
        .bind("id", deliveryId).bind("webhook", webhookId).bind("now", now).execute()) == 1;
  }

  /** Removes delivered and dead deliveries that finished before {@code cutoff}; how many. */
  public int prune(long cutoff) {
    return with(handle -> handle.createUpdate(sql("prune-deliveries")).bind("cutoff", cutoff).execute());
  }

  /** The event a delivery carries. */
  public Optional<EventRow> event(long id) {
    return with(handle -> handle.createQuery(sql("event")).bind("id", id).map(JdbiSession::event)
        .findOne());
  }

  private static WebhookRow webhook(ResultSet rs, StatementContext ctx) throws SQLException {
    return new WebhookRow(rs.getString("id"), rs.getString("url"), rs.getString("event_types"),
        rs.getString("subject_prefix"), rs.getString("application"), rs.getString("environment"),
        rs.getString("secrets"), rs.getString("headers"), rs.getString("body_format"), rs.getString("description"),
        rs.getString("created_by"), rs.getLong("created_at"), rs.getBoolean("enabled"), rs.getLong("overflowed"),
        rs.getObject("last_overflow_event", Long.class));
  }

  private static DeliveryRow delivery(ResultSet rs, StatementContext ctx) throws SQLException {
    return new DeliveryRow(rs.getLong("id"), rs.getString("webhook_id"), rs.getLong("event_id"),
        rs.getString("event_type"), rs.getString("event_subject"), rs.getString("status"), rs.getInt("attempts"),
        rs.getLong("next_attempt_at"), rs.getString("last_error"), rs.getObject("last_status", Integer.class),
        rs.getObject("latency_ms", Long.class), rs.getLong("created_at"), rs.getObject("delivered_at", Long.class));
  }

  private static String sql(String name) {
    return SQL.computeIfAbsent(name, n -> LOCATOR.locate(WebhookRecords.class, n));
  }
}
