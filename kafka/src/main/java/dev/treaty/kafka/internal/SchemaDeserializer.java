package dev.treaty.kafka.internal;

import dev.treaty.client.RegistryClient;
import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * What every format's deserializer shares: null stays null, the prefix is checked and the writer's
 * schema fetched by id (cached), then the format decodes. Failures a retry cannot fix are
 * {@link SerdeException}s with a reason; registry outages are Kafka's retriable exceptions.
 */
public abstract class SchemaDeserializer<T> implements Deserializer<T> {

  private final RegistryClient givenClient;
  private RegistrySchemas schemas;
  private boolean isKey;

  protected SchemaDeserializer() {
    this(null);
  }

  /** Uses the given client instead of building one from {@code schema.registry.url}. */
  protected SchemaDeserializer(RegistryClient client) {
    this.givenClient = client;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Settings settings = new Settings(configs);
    this.isKey = isKey;
    this.schemas = RegistrySchemas.configure(givenClient, settings);
    configureFormat(settings, isKey);
  }

  protected abstract void configureFormat(Settings settings, boolean isKey);

  /** Decodes the payload; {@code payload} is positioned after the schema id. */
  protected abstract T read(String topic, int schemaId, ByteBuffer payload) throws Exception;

  @Override
  public T deserialize(String topic, byte[] data) {
    return deserialize(topic, null, data);
  }

  @Override
  public T deserialize(String topic, Headers headers, byte[] data) {
    if (data == null) {
      return null;
    }
    if (schemas == null) {
      throw new ConfigException("The deserializer was not configured: call configure() or let the consumer do it");
    }
    ByteBuffer buffer = ByteBuffer.wrap(data);
    int id = Framing.readId(buffer);
    try {
      return read(topic, id, buffer);
    } catch (KafkaException e) {
      throw e;
    } catch (SecurityException e) {
      // Avro refuses classes outside org.apache.avro.SERIALIZABLE_PACKAGES: the consumer's set-up, not the record, is wrong.
      throw new SerdeException(Reason.UNSUPPORTED, "Could not decode a record on " + topic + ": " + e.getMessage(), e);
    } catch (Exception e) {
      throw new SerdeException(Reason.PAYLOAD_REJECTED, "Could not decode the " + (isKey ? "key" : "value")
          + " of a record on " + topic + " with schema id " + id + ": " + e.getMessage(), e);
    }
  }

  protected final RegistrySchemas schemas() {
    return schemas;
  }

  protected final boolean isKey() {
    return isKey;
  }
}
