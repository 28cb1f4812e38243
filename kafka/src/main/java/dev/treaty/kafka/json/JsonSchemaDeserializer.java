package dev.treaty.kafka.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.client.RegistryClient;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.kafka.SerdeConfig;
import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import dev.treaty.kafka.internal.SchemaDeserializer;
import dev.treaty.kafka.internal.Settings;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigException;

/**
 * Reads JSON Schema records in Confluent's wire format into the class named by
 * {@code json.value.type} (key: {@code json.key.type}; {@code JsonNode} gives the document,
 * the default {@code Object} gives maps and lists). With {@code json.fail.invalid.schema=true} the
 * payload is validated against the writer's schema first. Thread-safe once configured.
 */
public class JsonSchemaDeserializer<T> extends SchemaDeserializer<T> {

  private final ObjectMapper mapper;
  private JavaType type;
  private ObjectMapper reader;
  private boolean validate;

  public JsonSchemaDeserializer() {
    this.mapper = new ObjectMapper();
  }

  public JsonSchemaDeserializer(RegistryClient client, ObjectMapper mapper, Class<T> type) {
    super(client);
    this.mapper = mapper;
    this.type = mapper.constructType(type);
  }

  @Override
  protected void configureFormat(Settings settings, boolean isKey) {
    String key = isKey ? SerdeConfig.JSON_KEY_TYPE : SerdeConfig.JSON_VALUE_TYPE;
    String named = settings.string(key, "");
    if (type == null) {
      try {
        type = mapper.constructType(named.isEmpty() ? Object.class
            : Class.forName(named, true, Thread.currentThread().getContextClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new ConfigException(key, named, "No such class");
      }
    }
    this.reader = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
        settings.bool(SerdeConfig.JSON_FAIL_UNKNOWN_PROPERTIES, true));
    this.validate = settings.bool(SerdeConfig.JSON_FAIL_INVALID_SCHEMA, false);
  }

  @Override
  protected T read(String topic, int schemaId, ByteBuffer idBytes, ByteBuffer payload) throws Exception {
    byte[] array = payload.array();
    int offset = payload.arrayOffset() + payload.position();
    int length = payload.remaining();
    if (validate) {
      // Fetch the writer's schema only when it is needed: an unknown id fails here, not later.
      String text = new String(array, offset, length, StandardCharsets.UTF_8);
      List<Finding> findings = SchemaFormats.JSON.validate(schemas().byId(schemaId), text);
      if (!findings.isEmpty()) {
        throw new SerdeException(Reason.PAYLOAD_REJECTED, "The payload breaks the schema with id " + schemaId + ": "
            + findings.stream().map(Finding::message).collect(Collectors.joining(" ")));
      }
    } else {
      schemas().byId(schemaId);
    }
    if (type.getRawClass() == JsonNode.class) {
      @SuppressWarnings("unchecked")
      T node = (T) reader.readTree(array, offset, length);
      return node;
    }
    return reader.readValue(array, offset, length, type);
  }
}
