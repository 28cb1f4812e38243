package dev.treaty.client.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The message of one subject: its schema as the payload, the envelope headers and correlation id
 * (one trait every message shares), the key subject's schema as the Kafka key, and the contract's
 * examples.
 */
final class Messages {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String BINDING_VERSION = "0.5.0";

  private Messages() {}

  /**
   * @param named the subject the message is named after
   * @param value the value subject, {@code null} when the application uses only the topic's keys
   * @param key the key subject, or {@code null}
   */
  static ObjectNode message(Channel.Use named, Channel.Use value, Channel.Use key, List<JsonNode> examples) {
    ObjectNode message = NODES.objectNode();
    String recordName = named.recordName();
    message.put("name", recordName != null ? recordName : Channel.id(named.subject()));
    message.put("title", named.subject());
    Integer version = named.entry().version();
    message.put("summary", "Subject " + named.subject() + (version == null ? "" : ", version " + version)
        + ", " + named.schemaType() + (value == null ? " (the record key)" : ""));
    message.put("contentType", Payloads.contentType(named.schemaType()));
    message.putArray("traits").addObject().put("$ref", "#/components/messageTraits/" + EnvelopeHeaders.TRAIT);
    if (value != null) {
      message.set("payload", Payloads.payload(value.schemaType(), value.entry().schema(), value.side().references()));
    }
    if (key != null) {
      key(message, key);
    }
    if (!examples.isEmpty()) {
      ArrayNode list = message.putArray("examples");
      for (int i = 0; i < examples.size(); i++) {
        ObjectNode example = list.addObject();
        example.put("name", "example-" + (i + 1));
        example.set("payload", examples.get(i));
      }
    }
    message.put("x-treaty-subject", named.subject());
    message.put("x-treaty-schema-type", named.schemaType());
    return message;
  }

  /**
   * The key schema in its own format in {@code x-treaty-key}, and in the Kafka binding's {@code key}
   * when that can hold it: an object, so a JSON Schema or an Avro schema (a primitive Avro name
   * written as the equivalent {@code {"type": name}}), not a Protobuf text or an Avro union.
   */
  private static void key(ObjectNode message, Channel.Use key) {
    ObjectNode payload = Payloads.payload(key.schemaType(), key.entry().schema(), key.side().references());
    message.set("x-treaty-key", payload);
    message.put("x-treaty-key-subject", key.subject());
    JsonNode schema = payload.get("schema");
    if ("AVRO".equals(key.schemaType()) && schema.isTextual()) {
      schema = NODES.objectNode().put("type", schema.asText());
    }
    if (!"PROTOBUF".equals(key.schemaType()) && schema.isObject()) {
      ObjectNode kafka = message.putObject("bindings").putObject("kafka");
      kafka.set("key", schema);
      kafka.put("bindingVersion", BINDING_VERSION);
    }
  }
}
