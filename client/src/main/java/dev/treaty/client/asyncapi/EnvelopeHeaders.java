package dev.treaty.client.asyncapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The event envelope (event id, time, type, source, correlation id) as message headers: the
 * CloudEvents Kafka binary-mode headers Treaty's serializers write when {@code
 * treaty.envelope.enabled} is on, which the event lint rules ask every event to carry.
 */
final class EnvelopeHeaders {

  static final String CORRELATION_LOCATION = "$message.header#/ce_correlationid";
  /** The key of the message trait in {@code components/messageTraits}. */
  static final String TRAIT = "cloudEventsEnvelope";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EnvelopeHeaders() {}

  /** The trait every message applies: the headers and where the correlation id is. */
  static ObjectNode trait() {
    ObjectNode trait = NODES.objectNode();
    trait.set("headers", schema());
    trait.set("correlationId", correlationId());
    return trait;
  }

  static ObjectNode schema() {
    ObjectNode headers = NODES.objectNode();
    headers.put("type", "object");
    headers.put("description", "CloudEvents metadata in Kafka headers (binary mode), written by Treaty's serializers"
        + " when treaty.envelope.enabled is on; an event may carry the same attributes in its payload instead.");
    ObjectNode properties = headers.putObject("properties");
    string(properties, "ce_specversion", "The CloudEvents version, 1.0.").put("const", "1.0");
    string(properties, "ce_id", "The event id: unique per event, the key consumers deduplicate redeliveries on.");
    string(properties, "ce_source", "The system that produced the event.");
    string(properties, "ce_type", "The event type, telling apart the events a topic carries.");
    string(properties, "ce_time", "When the event happened (RFC 3339).").put("format", "date-time");
    string(properties, "ce_correlationid", "The workflow the event belongs to, across services.");
    return headers;
  }

  static ObjectNode correlationId() {
    ObjectNode correlation = NODES.objectNode();
    correlation.put("description", "The correlation id of the workflow the event belongs to.");
    correlation.put("location", CORRELATION_LOCATION);
    return correlation;
  }

  private static ObjectNode string(ObjectNode properties, String name, String description) {
    ObjectNode property = properties.putObject(name);
    property.put("type", "string");
    property.put("description", description);
    return property;
  }
}
