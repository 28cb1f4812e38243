package dev.treaty.maven.derive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import java.util.Locale;

/**
 * Derives a schema from sample JSON messages: their shapes are merged (numbers widened, a property
 * absent from some samples made optional, nested objects and arrays followed), the merged shape is
 * written in the schema language asked for, and the result is parsed by Treaty's own parser so
 * that only a valid schema comes out.
 */
public final class Derivation {

  /** Name of the top-level record or message, as in Confluent's derive-schema. */
  static final String ROOT = "Schema";

  private Derivation() {}

  /**
   * @param schemaType {@code AVRO}, {@code JSON} or {@code PROTOBUF} (any case)
   * @return the schema: a JSON document for Avro and JSON Schema, the .proto text for Protobuf
   * @throws IllegalArgumentException when the samples cannot be described in that language
   */
  public static JsonNode derive(List<JsonNode> messages, String schemaType) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("There are no messages to derive a schema from");
    }
    Shape shape = null;
    for (int i = 0; i < messages.size(); i++) {
      if (!messages.get(i).isObject()) {
        throw new IllegalArgumentException("Message " + i + " is not a JSON object: " + messages.get(i));
      }
      shape = shape == null ? Shape.of(messages.get(i)) : shape.merge(Shape.of(messages.get(i)));
    }
    String type = schemaType == null ? "AVRO" : schemaType.trim().toUpperCase(Locale.ROOT);
    JsonNode schema = switch (type) {
      case "AVRO" -> new AvroDerivation().derive(shape);
      case "JSON" -> new JsonSchemaDerivation().derive(shape);
      case "PROTOBUF" -> TextNode.valueOf(new ProtobufDerivation().derive(shape));
      default -> throw new IllegalArgumentException("schemaType must be AVRO, JSON or PROTOBUF, not " + schemaType);
    };
    try {
      SchemaFormats.of(type).parse(schema.isTextual() ? schema.asText() : schema.toString(), List.of());
    } catch (InvalidSchemaException e) {
      throw new IllegalArgumentException("The samples give no valid " + type + " schema: " + e.getMessage(), e);
    }
    return schema;
  }
}
