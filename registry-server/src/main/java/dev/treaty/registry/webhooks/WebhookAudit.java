package dev.treaty.registry.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.treaty.registry.service.Json;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.StoreSession;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Changes to webhooks in the events feed, so the audit trail says who pointed the registry's
 * events where. Readers of the feed are not admins: an event names the receiver's origin only
 * (scheme, host and port; paths and queries often carry tokens, as Slack's and GitHub's do), and
 * never secrets or header values; a change to those is told by name. Each event is appended in the
 * transaction that makes the change, so neither is kept without the other. Stateless.
 */
final class WebhookAudit {

  static final String CREATED = "WEBHOOK_CREATED";
  static final String UPDATED = "WEBHOOK_UPDATED";
  static final String DELETED = "WEBHOOK_DELETED";
  static final String REPLAYED = "WEBHOOK_DELIVERY_REPLAYED";

  void created(StoreSession session, Webhook webhook, String actor) {
    Map<String, String> detail = named(webhook);
    put(detail, "eventTypes", String.join(" ", webhook.eventTypes()));
    put(detail, "subjectPrefix", webhook.subjectPrefix());
    put(detail, "applicationFilter", webhook.application());
    put(detail, "environmentFilter", webhook.environment());
    put(detail, "format", webhook.format().wireName());
    put(detail, "enabled", Boolean.toString(webhook.enabled()));
    append(session, CREATED, actor, detail);
  }

  /** What differs, as {@code old.<field>} and {@code new.<field>}; secrets and headers only as changed. */
  void updated(StoreSession session, Webhook old, Webhook now, String actor) {
    Map<String, String> detail = named(now);
    change(detail, "receiver", origin(old.url()), origin(now.url()));
    if (!old.url().equals(now.url()) && origin(old.url()).equals(origin(now.url()))) {
      detail.put("urlPathChanged", "true");
    }
    change(detail, "eventTypes", String.join(" ", old.eventTypes()), String.join(" ", now.eventTypes()));
    change(detail, "subjectPrefix", old.subjectPrefix(), now.subjectPrefix());
    change(detail, "applicationFilter", old.application(), now.application());
    change(detail, "environmentFilter", old.environment(), now.environment());
    change(detail, "format", old.format().wireName(), now.format().wireName());
    change(detail, "description", old.description(), now.description());
    change(detail, "enabled", Boolean.toString(old.enabled()), Boolean.toString(now.enabled()));
    if (!old.secrets().equals(now.secrets())) {
      detail.put("secretsChanged", "true");
    }
    if (!old.headers().equals(now.headers())) {
      detail.put("headersChanged", "true");
    }
    append(session, UPDATED, actor, detail);
  }

  void deleted(StoreSession session, Webhook webhook, String actor) {
    append(session, DELETED, actor, named(webhook));
  }

  void replayed(StoreSession session, Webhook webhook, long delivery, long event, String eventType, String actor) {
    Map<String, String> detail = named(webhook);
    detail.put("delivery", Long.toString(delivery));
    detail.put("event", Long.toString(event));
    put(detail, "eventType", eventType);
    append(session, REPLAYED, actor, detail);
  }

  /** {@code https://hooks.example.com:8443}: where events go, without the path that may be a credential. */
  static String origin(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException e) {
      return "(not a URL)";
    }
  }

  private static Map<String, String> named(Webhook webhook) {
    Map<String, String> detail = new TreeMap<>();
    detail.put("webhook", webhook.id());
    detail.put("receiver", origin(webhook.url()));
    return detail;
  }

  private static void change(Map<String, String> detail, String field, String old, String now) {
    if (!Objects.equals(old, now)) {
      detail.remove(field);
      put(detail, "old." + field, old);
      put(detail, "new." + field, now);
    }
  }

  private static void put(Map<String, String> detail, String key, String value) {
    if (value != null) {
      detail.put(key, value);
    }
  }

  private static void append(StoreSession session, String type, String actor, Map<String, String> detail) {
    String json;
    try {
      json = Json.MAPPER.writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A map of strings always serialises", e);
    }
    session.append(EventRow.of(type, null, null, null, actor, json));
  }
}
