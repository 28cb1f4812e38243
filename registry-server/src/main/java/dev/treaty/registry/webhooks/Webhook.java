package dev.treaty.registry.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.treaty.registry.service.Json;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.WebhookRecords.WebhookRow;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A subscription: where to send which events. A filter left null matches everything; an event
 * without a subject (or application, environment) does not match a filter on it.
 */
record Webhook(
    String id, String url, Set<String> eventTypes, String subjectPrefix, String application, String environment,
    List<String> secrets, Map<String, String> headers, BodyFormat format, String description, String createdBy,
    long createdAt, boolean enabled, long overflowed, Long lastOverflowEvent) {

  /** Whether this webhook wants the event (regardless of {@link #enabled}). */
  boolean wants(EventRow event) {
    return (eventTypes.contains(EventTypes.ALL) || eventTypes.contains(EventTypes.of(event.type())))
        && (subjectPrefix == null || event.subject() != null && event.subject().startsWith(subjectPrefix))
        && (application == null || application.equals(event.application()))
        && (environment == null || environment.equals(event.environment()));
  }

  static Webhook of(WebhookRow row) {
    return new Webhook(row.id(), row.url(), new LinkedHashSet<>(List.of(row.eventTypes().split(" "))),
        row.subjectPrefix(), row.application(), row.environment(), Secrets.split(row.secrets()), headers(row.headersJson()),
        BodyFormat.parse(row.format()), row.description(), row.createdBy(), row.createdAt(), row.enabled(),
        row.overflowed(), row.lastOverflowEvent());
  }

  WebhookRow row() {
    String headersJson;
    try {
      headersJson = headers.isEmpty() ? null : Json.MAPPER.writeValueAsString(headers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A map of strings always serialises", e);
    }
    return new WebhookRow(id, url, String.join(" ", eventTypes), subjectPrefix, application, environment,
        String.join(" ", secrets), headersJson, format.wireName(), description, createdBy, createdAt, enabled, overflowed,
        lastOverflowEvent);
  }

  private static Map<String, String> headers(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      return Json.MAPPER.readValue(json, new TypeReference<TreeMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored webhook headers are not a JSON object: " + json, e);
    }
  }
}
