package dev.treaty.compatibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.compatibility.InvalidSchemaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;

/**
 * Each draft's meta-schema (the json-schema.org documents, as ajv ships them), checked before a
 * schema is loaded: everit reads keywords leniently and would accept {@code "minItems": -1} or
 * {@code "required": ["a", "a"]}, which ajv, and every validator built on the meta-schema, refuses.
 * Formats in the meta-schemas are not asserted, as ajv does not by default.
 */
final class MetaSchemas {

  private static final Map<Draft, Schema> LOADED = new EnumMap<>(Draft.class);

  private MetaSchemas() {}

  /** Throws {@link InvalidSchemaException} naming where {@code document} breaks its draft's meta-schema. */
  static void check(JsonNode document, Draft draft) {
    Schema metaSchema = metaSchema(draft);
    ValidationException failure = DeepStack.call(() -> {
      try {
        metaSchema.validate(JsonDocuments.toOrgJson(document));
        return null;
      } catch (ValidationException e) {
        return e;
      }
    });
    if (failure != null) {
      List<String> messages = failure.getAllMessages();
      String more = messages.size() > 1 ? " (and " + (messages.size() - 1) + " more)" : "";
      String message = mostSpecific(messages, failure.getMessage());
      int colon = message.indexOf(": ");
      String pointer = colon < 0 ? "#" : message.substring(0, colon);
      JsonNode value = document.at(pointer.substring(1));
      String shown = value.isMissingNode() ? "" : " " + abbreviated(value.toString());
      throw new InvalidSchemaException("Invalid JSON Schema: the value" + shown + " at " + pointer
          + " does not conform to the " + draft.label() + " meta-schema (" + message.substring(colon + 2) + ")" + more,
          failure);
    }
  }

  private static String abbreviated(String json) {
    return json.length() <= 80 ? json : json.substring(0, 77) + "...";
  }

  /**
   * The message about the deepest location: a keyword's own value ({@code #/type: strin is not a
   * valid enum value}) says more than the alternatives it was tried against ({@code #: expected
   * type: Boolean}).
   */
  private static String mostSpecific(List<String> messages, String fallback) {
    String best = fallback;
    int depth = -1;
    for (String message : messages) {
      int colon = message.indexOf(": ");
      int level = colon < 0 ? 0 : message.substring(0, colon).split("/").length;
      if (level > depth) {
        best = message;
        depth = level;
      }
    }
    return best;
  }

  private static synchronized Schema metaSchema(Draft draft) {
    return LOADED.computeIfAbsent(draft, MetaSchemas::load);
  }

  private static Schema load(Draft draft) {
    String resource = "/dev/treaty/compatibility/json/meta/" + draft.label() + ".json";
    try (InputStream in = MetaSchemas.class.getResourceAsStream(resource)) {
      JsonNode metaSchema = JsonDocuments.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      withoutFormats(metaSchema);
      Object json = JsonDocuments.toOrgJson(metaSchema);
      String id = metaSchema.has("$id") ? metaSchema.get("$id").textValue() : metaSchema.get("id").textValue();
      return draft.configure(SchemaLoader.builder())
          .schemaJson(json)
          .schemaClient(OfflineSchemaClient.INSTANCE)
          .registerSchemaByURI(java.net.URI.create(id.replace("#", "")), json)
          .build().load().build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JsonDocuments.MalformedJson e) {
      throw new IllegalStateException("Bundled meta-schema " + resource + " is not JSON", e);
    }
  }

  /** Drops {@code format} assertions (string-valued), keeping the {@code format} property's own schema. */
  private static void withoutFormats(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.path("format").isTextual()) {
        object.remove("format");
      }
      object.forEach(MetaSchemas::withoutFormats);
    } else if (node.isArray()) {
      node.forEach(MetaSchemas::withoutFormats);
    }
  }
}
