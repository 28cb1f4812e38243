package dev.treaty.client.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record name a schema gives its event, as the record subject naming strategies use it: an Avro
 * record's full name, the full name of a .proto file's first message, a JSON Schema's {@code title}.
 */
final class RecordNames {

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
  private static final Pattern MESSAGE = Pattern.compile("(?m)^\\s*message\\s+(\\w+)");

  private RecordNames() {}

  /** {@code null} when the schema names no record. */
  static String of(String schemaType, String text, JsonNode parsed) {
    return switch (schemaType) {
      case "AVRO" -> avro(parsed);
      case "PROTOBUF" -> protobuf(text);
      default -> parsed != null && parsed.path("title").isTextual() ? parsed.path("title").asText() : null;
    };
  }

  private static String avro(JsonNode schema) {
    if (schema == null || !schema.path("name").isTextual()) {
      return null;
    }
    String name = schema.path("name").asText();
    String namespace = schema.path("namespace").asText("");
    return name.contains(".") || namespace.isEmpty() ? name : namespace + "." + name;
  }

  private static String protobuf(String text) {
    Matcher message = MESSAGE.matcher(text);
    if (!message.find()) {
      return null;
    }
    Matcher pkg = PACKAGE.matcher(text);
    return pkg.find() ? pkg.group(1) + "." + message.group(1) : message.group(1);
  }
}
