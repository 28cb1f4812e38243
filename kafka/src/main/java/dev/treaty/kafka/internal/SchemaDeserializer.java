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
 * What every format's deserializer shares: null stays null, the schema id is read from the
 * record's {@code __key_schema_id} / {@code __value_schema_id} header when it has one (Confluent
 * 8's header form; unless {@code *.schema.id.deserializer} says prefix only) or from the prefix,
 * as an id (magic byte 0) or a GUID (magic byte 1), and the writer's schema fetched by id
 * (cached); then the format decodes. Failures a retry cannot fix are
 * {@link SerdeException}s with a reason; registry outages are Kafka's retriable exceptions.
 */
public abstract class SchemaDeserializer<T> implements Deserializer<T> {

  private final RegistryClient givenClient;
  private RegistrySchemas schemas;
  private boolean isKey;
  private boolean idFromHeader;

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
    this.idFromHeader = settings.schemaIdFromHeader(isKey);
    configureFormat(settings, isKey);
  }

  protected abstract void configureFormat(Settings settings, boolean isKey);

  /**
   * Decodes the payload.
   *
   * @param idBytes where the schema id was read (the header, or the record's bytes), positioned
   *     after the id: Protobuf's message indexes follow there
   * @param payload the record's bytes positioned at the payload; in the prefix form the same
   *     buffer as {@code idBytes}, so reading the indexes moves both
   */
  protected abstract T read(String topic, int schemaId, ByteBuffer idBytes, ByteBuffer payload) throws Exception;

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
    byte[] header = idFromHeader ? SchemaIdHeaders.find(headers, isKey) : null;
    ByteBuffer payload = ByteBuffer.wrap(data);
    ByteBuffer idBytes = header != null ? ByteBuffer.wrap(header) : payload;
    int id = SchemaIdHeaders.isGuidForm(idBytes) ? schemas.idOf(SchemaIdHeaders.readGuid(idBytes)) : Framing.readId(idBytes);
    try {
      return read(topic, id, idBytes, payload);
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
