package dev.treaty.kafka.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.client.RegistryClient;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.kafka.SerdeConfig;
import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import dev.treaty.kafka.internal.FramedOutput;
import dev.treaty.kafka.internal.Framing;
import dev.treaty.kafka.internal.Lru;
import dev.treaty.kafka.internal.SchemaSerializer;
import dev.treaty.kafka.internal.SchemaSource;
import dev.treaty.kafka.internal.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes Jackson-mapped objects and {@link JsonNode}s as JSON text in Confluent's wire format. The
 * schema comes from, in order: a {@code {"schema": …, "payload": …}} envelope node (Confluent's
 * envelope detection), the schema given to the constructor or in {@code treaty.json.value.schema},
 * or the registry ({@code use.latest.version} / {@code use.schema.id}). With
 * {@code json.fail.invalid.schema=true} the payload is validated against the registered schema
 * before it is sent. Thread-safe once configured.
 */
public class JsonSchemaSerializer<T> extends SchemaSerializer<T> {

  private static final String UNKNOWN = "\u0000";

  private final ObjectMapper mapper;
  private String schemaText;
  private boolean validate;
  private Lru<String, SchemaSource> sources;

  public JsonSchemaSerializer() {
    this.mapper = new ObjectMapper();
  }

  /**
   * @param schema the JSON Schema to register for every value, or {@code null} to read it from
   *     configuration or the registry
   */
  public JsonSchemaSerializer(RegistryClient client, ObjectMapper mapper, String schema) {
    super(client);
    this.mapper = mapper;
    this.schemaText = schema;
  }

  @Override
  protected void configureFormat(Settings settings, boolean isKey) {
    if (schemaText == null) {
      String configured = settings.string(isKey ? SerdeConfig.JSON_KEY_SCHEMA : SerdeConfig.JSON_VALUE_SCHEMA, "");
      schemaText = configured.isEmpty() ? null : configured;
    }
    this.validate = settings.bool(SerdeConfig.JSON_FAIL_INVALID_SCHEMA, false);
    this.sources = new Lru<>(settings.cacheSize());
  }

  @Override
  protected SchemaSource schemaOf(T value) {
    JsonNode envelope = envelope(value);
    String text = envelope != null ? schemaTextOf(envelope.get("schema")) : schemaText;
    String key = text == null ? UNKNOWN : text;
    SchemaSource known = sources.peek(key);
    if (known != null) {
      return known;
    }
    SchemaSource source = text == null ? SchemaSource.of("JSON", null, null) : SchemaSource.of("JSON", text, titleOf(text));
    sources.put(key, source);
    return source;
  }

  @Override
  protected byte[] encode(T value, SchemaSource schema, int schemaId, boolean prefixed) throws IOException {
    JsonNode envelope = envelope(value);
    Object payload = envelope != null ? envelope.get("payload") : value;
    if (!validate) {
      FramedOutput out = FramedOutput.start(schemaId, prefixed);
      try {
        mapper.writeValue(out, payload);
        return out.finish();
      } finally {
        out.release();
      }
    }
    byte[] bytes = mapper.writeValueAsBytes(payload);
    List<Finding> findings = SchemaFormats.JSON.validate(schemas().byId(schemaId), new String(bytes, StandardCharsets.UTF_8));
    if (!findings.isEmpty()) {
      throw new SerdeException(Reason.PAYLOAD_REJECTED, "The payload breaks the schema with id " + schemaId + ": "
          + findings.stream().map(Finding::message).collect(Collectors.joining(" ")));
    }
    if (!prefixed) {
      return bytes;
    }
    byte[] out = new byte[Framing.PREFIX_LENGTH + bytes.length];
    Framing.writePrefix(out, schemaId);
    System.arraycopy(bytes, 0, out, Framing.PREFIX_LENGTH, bytes.length);
    return out;
  }

  @Override
  protected String field(T value, String name) {
    JsonNode envelope = envelope(value);
    JsonNode node = envelope != null ? envelope.get("payload") : mapper.valueToTree(value);
    JsonNode field = node == null ? null : node.get(name);
    return field == null || field.isNull() ? null : field.isValueNode() ? field.asText() : field.toString();
  }

  private static JsonNode envelope(Object value) {
    return value instanceof JsonNode node && node.isObject() && node.size() == 2 && node.has("schema") && node.has("payload")
        ? node : null;
  }

  private static String schemaTextOf(JsonNode schema) {
    return schema.isTextual() ? schema.asText() : schema.toString();
  }

  private String titleOf(String text) {
    try {
      JsonNode title = mapper.readTree(text).get("title");
      return title != null && title.isTextual() ? title.asText() : null;
    } catch (IOException e) {
      throw new SerdeException(Reason.UNSUPPORTED, "The JSON Schema to register is not JSON: " + e.getMessage(), e);
    }
  }
}
