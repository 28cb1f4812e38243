package dev.treaty.client.asyncapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Schemas in their own format, as AsyncAPI 3.0 Multi Format Schema Objects: Avro as a JSON object,
 * made self-contained; Protobuf as the {@code .proto} text; JSON Schema as the object, its {@code
 * $ref}s to referenced schemas pointed at those schemas in {@code components/schemas}.
 */
final class Payloads {

  static final String AVRO = "application/vnd.apache.avro+json;version=1.9.0";
  static final String PROTOBUF = "application/vnd.google.protobuf;version=3";
  static final String JSON_SCHEMA = "application/schema+json;version=draft-07";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Payloads() {}

  static String schemaFormat(String schemaType) {
    return switch (schemaType) {
      case "AVRO" -> AVRO;
      case "PROTOBUF" -> PROTOBUF;
      default -> JSON_SCHEMA;
    };
  }

  static String contentType(String schemaType) {
    return "JSON".equals(schemaType) ? "application/json" : "application/octet-stream";
  }

  /** The schema text as JSON, {@code null} for Protobuf. */
  static JsonNode parse(String schemaType, String text) {
    if ("PROTOBUF".equals(schemaType)) {
      return null;
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The " + schemaType + " schema is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The payload of a message: its schema in its own format, references resolved. */
  static ObjectNode payload(String schemaType, String text, Map<String, String> references) {
    JsonNode schema = switch (schemaType) {
      case "AVRO" -> AvroReferences.inline(parse(schemaType, text), parsedReferences(schemaType, references));
      case "PROTOBUF" -> TextNode.valueOf(text);
      default -> pointRefsAtComponents(parse(schemaType, text), references);
    };
    return multiFormat(schemaType, schema);
  }

  /** A referenced schema as it is kept in {@code components/schemas}. */
  static JsonNode component(String schemaType, String text, Map<String, String> references) {
    if ("JSON".equals(schemaType)) {
      // pointed at from JSON Schema $refs, so a plain schema (AsyncAPI's schema extends draft-07)
      return pointRefsAtComponents(parse(schemaType, text), references);
    }
    return multiFormat(schemaType, "AVRO".equals(schemaType) ? parse(schemaType, text) : TextNode.valueOf(text));
  }

  /** The {@code components/schemas} key of a referenced schema. */
  static String componentKey(String referenceName) {
    return referenceName.replaceAll("[^a-zA-Z0-9.\\-_]", "_");
  }

  private static ObjectNode multiFormat(String schemaType, JsonNode schema) {
    ObjectNode payload = NODES.objectNode();
    payload.put("schemaFormat", schemaFormat(schemaType));
    payload.set("schema", schema);
    return payload;
  }

  private static Map<String, JsonNode> parsedReferences(String schemaType, Map<String, String> references) {
    Map<String, JsonNode> parsed = new LinkedHashMap<>();
    references.forEach((name, text) -> parsed.put(name, parse(schemaType, text)));
    return parsed;
  }

  /** Rewrites {@code "$ref": "<reference name>[#fragment]"} to the referenced schema's component. */
  private static JsonNode pointRefsAtComponents(JsonNode node, Map<String, String> references) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual()) {
        String value = ref.asText();
        int hash = value.indexOf('#');
        String target = hash < 0 ? value : value.substring(0, hash);
        if (!target.isEmpty() && references.containsKey(target)) {
          String fragment = hash < 0 ? "" : value.substring(hash + 1);
          object.put("$ref", "#/components/schemas/" + componentKey(target) + fragment);
        }
      }
      object.properties().forEach(entry -> pointRefsAtComponents(entry.getValue(), references));
    } else if (node != null && node.isArray()) {
      node.forEach(child -> pointRefsAtComponents(child, references));
    }
    return node;
  }
}
