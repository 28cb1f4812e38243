package dev.treaty.kafka.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.client.RegistryClient;
import org.apache.kafka.common.serialization.Serdes;

/** {@link JsonSchemaSerializer} and {@link JsonSchemaDeserializer} as one Kafka Streams {@code Serde}. */
public class JsonSchemaSerde<T> extends Serdes.WrapperSerde<T> {

  public JsonSchemaSerde() {
    super(new JsonSchemaSerializer<>(), new JsonSchemaDeserializer<>());
  }

  public JsonSchemaSerde(RegistryClient client, ObjectMapper mapper, String schema, Class<T> type) {
    super(new JsonSchemaSerializer<>(client, mapper, schema), new JsonSchemaDeserializer<>(client, mapper, type));
  }
}
