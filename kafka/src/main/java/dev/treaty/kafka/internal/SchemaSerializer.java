package dev.treaty.kafka.internal;

import dev.treaty.client.RegistryClient;
import dev.treaty.kafka.Envelope;
import dev.treaty.kafka.SerdeConfig;
import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What every format's serializer shares: null stays null, the id comes from {@link SchemaIds}
 * (cached per topic and schema, the subject strategy asked once), then the format writes the
 * prefix and its payload into one array; or, in Confluent 8's header form, the schema's GUID goes
 * in a record header and the bytes are the bare payload. Thread-safe once configured, as Kafka
 * producers require.
 */
public abstract class SchemaSerializer<T> implements Serializer<T> {

  private final RegistryClient givenClient;
  private SchemaIds ids;
  private RegistrySchemas schemas;
  private boolean autoRegister;
  private boolean isKey;
  private boolean idInHeader;
  private boolean envelope;
  private String envelopeSource;
  private String idField;
  private String correlationField;
  private Clock clock = Clock.systemUTC();

  protected SchemaSerializer() {
    this(null);
  }

  /** Uses the given client instead of building one from {@code schema.registry.url}. */
  protected SchemaSerializer(RegistryClient client) {
    this.givenClient = client;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Settings settings = new Settings(configs);
    this.isKey = isKey;
    this.schemas = RegistrySchemas.configure(givenClient, settings);
    this.autoRegister = settings.bool(SerdeConfig.AUTO_REGISTER_SCHEMAS, true);
    this.ids = new SchemaIds(schemas, settings, isKey);
    this.idInHeader = settings.schemaIdInHeader(isKey);
    this.envelope = settings.bool(SerdeConfig.ENVELOPE_ENABLED, false);
    this.envelopeSource = settings.string(SerdeConfig.ENVELOPE_SOURCE, "");
    this.idField = settings.string(SerdeConfig.ENVELOPE_ID_FIELD, "");
    this.correlationField = settings.string(SerdeConfig.ENVELOPE_CORRELATION_FIELD, "");
    if (envelope && envelopeSource.isEmpty()) {
      throw new ConfigException(SerdeConfig.ENVELOPE_SOURCE, "", "An envelope needs a ce_source");
    }
    configureFormat(settings, isKey);
  }

  /** Reads the format's own keys; called once by {@link #configure}. */
  protected abstract void configureFormat(Settings settings, boolean isKey);

  /** The schema of a value; formats cache it per class or schema object. */
  protected abstract SchemaSource schemaOf(T value);

  /**
   * The record's bytes in one array of the exact size: when {@code prefixed}, the 5-byte prefix of
   * {@code schemaId} ({@link Framing#writePrefix}) and any format framing (Protobuf's message
   * indexes) first; otherwise the bare payload (the id is in a header). {@link FramedOutput} is
   * there for formats that cannot tell the size in advance.
   */
  protected abstract byte[] encode(T value, SchemaSource schema, int schemaId, boolean prefixed) throws IOException;

  /** What follows the schema id in the header form: Protobuf's message indexes; nothing elsewhere. */
  protected byte[] messageIndexes(T value, int schemaId) {
    return NO_INDEXES;
  }

  private static final byte[] NO_INDEXES = new byte[0];

  /** A top-level field of a value as text, for the envelope; {@code null} when it has none. */
  protected abstract String field(T value, String name);

  @Override
  public byte[] serialize(String topic, T value) {
    return serialize(topic, null, value);
  }

  @Override
  public byte[] serialize(String topic, Headers headers, T value) {
    if (value == null) {
      return null;
    }
    if (ids == null) {
      throw new ConfigException("The serializer was not configured: call configure() or let the producer do it");
    }
    SchemaSource schema = schemaOf(value);
    int id = ids.idFor(topic, schema);
    if (envelope && !isKey && headers != null) {
      envelopeOf(value, schema).writeTo(headers);
    }
    if (idInHeader && headers == null) {
      throw new SerdeException(Reason.UNSUPPORTED, "Missing headers: the " + (isKey ? "key" : "value") + "'s schema id"
          + " goes in a record header (HeaderSchemaIdSerializer), and the caller passed none");
    }
    try {
      byte[] bytes = encode(value, schema, id, !idInHeader);
      if (idInHeader) {
        SchemaIdHeaders.put(headers, isKey, SchemaIdHeaders.guidForm(schemas.guidOf(id), messageIndexes(value, id)));
      }
      return bytes;
    } catch (KafkaException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new SerdeException(Reason.PAYLOAD_REJECTED, "Could not encode the " + (isKey ? "key" : "value")
          + " for topic " + topic + " with schema " + schema.name() + ": " + e.getMessage(), e);
    }
  }

  private Envelope envelopeOf(T value, SchemaSource schema) {
    String id = idField.isEmpty() ? null : field(value, idField);
    String correlation = correlationField.isEmpty() ? null : field(value, correlationField);
    return new Envelope(id == null ? UUID.randomUUID().toString() : id, envelopeSource, schema.name(),
        clock.instant(), correlation);
  }

  /** The registry, for formats whose schemas refer to others that must be registered first. */
  protected final RegistrySchemas schemas() {
    return schemas;
  }

  protected final boolean autoRegister() {
    return autoRegister;
  }

  /** For tests: a fixed clock for {@code ce_time}. */
  public final void useClock(Clock fixed) {
    this.clock = fixed;
  }
}
