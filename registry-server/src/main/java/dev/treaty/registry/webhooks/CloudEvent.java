package dev.treaty.registry.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.treaty.registry.service.Json;
import dev.treaty.registry.store.EventRow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A registry event as CloudEvents 1.0 sees it. {@code id} is the registry's event id, the same on
 * every retry and replay and for every webhook: the key receivers deduplicate on.
 */
record CloudEvent(String id, String source, String type, String time, String subject, Map<String, Object> data) {

  static CloudEvent of(EventRow event, String source) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("eventId", event.id());
    data.put("feedType", event.type());
    data.put("subject", event.subject());
    data.put("version", event.version());
    data.put("schemaId", event.schemaId());
    data.put("application", event.application());
    data.put("environment", event.environment());
    data.put("actor", event.actor());
    data.put("detail", detail(event.detail()));
    String subject = event.subject() != null ? event.subject() : event.application();
    return new CloudEvent(Long.toString(event.id()), source, EventTypes.PREFIX + EventTypes.of(event.type()),
        Instant.ofEpochMilli(event.createdAt()).toString(), subject, data);
  }

  /** The event a test request carries: not from the feed, so its id says so. */
  static CloudEvent ping(String webhookId, String pingId, String source) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("webhook", webhookId);
    return new CloudEvent("ping_" + pingId, source, EventTypes.PREFIX + EventTypes.PING, Instant.now().toString(),
        null, data);
  }

  /** The exact bytes sent and signed. */
  byte[] body(BodyFormat format) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("specversion", "1.0");
    event.put("id", id);
    event.put("source", source);
    event.put("type", type);
    event.put("time", time);
    event.put("subject", subject);
    event.put("datacontenttype", "application/json");
    event.put("data", data);
    Object body = format == BodyFormat.CLOUDEVENTS ? event : Map.of("event_type", type, "client_payload", event);
    try {
      return Json.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Maps of strings and numbers always serialise", e);
    }
  }

  private static Map<String, String> detail(String json) {
    if (json == null) {
      return Map.of();
    }
    try {
      return Json.MAPPER.readValue(json, new TypeReference<TreeMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      return Map.of("text", json);
    }
  }
}
