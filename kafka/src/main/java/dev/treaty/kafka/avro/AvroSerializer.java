package dev.treaty.kafka.avro;

import dev.treaty.client.RegistryClient;
import dev.treaty.compatibility.avro.AvroSchema;
import dev.treaty.kafka.SerdeConfig;
import dev.treaty.kafka.internal.FramedOutput;
import dev.treaty.kafka.internal.Framing;
import dev.treaty.kafka.internal.Lru;
import dev.treaty.kafka.internal.SchemaSerializer;
import dev.treaty.kafka.internal.SchemaSource;
import dev.treaty.kafka.internal.Settings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.reflect.ReflectData;
import org.apache.avro.reflect.ReflectDatumWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Writes generic, specific and reflect Avro records (and the primitives) in Confluent's wire
 * format: a drop-in for Confluent's {@code KafkaAvroSerializer}. Thread-safe once configured.
 */
public class AvroSerializer extends SchemaSerializer<Object> {

  /**
   * A value type's schema, and its writer per schema id (the id's schema may be another version);
   * the last id used is kept apart so that the usual record finds its writer without boxing the id.
   */
  private static final class Source {

    private record Bound(int id, DatumWriter<Object> writer) {}

    final Schema schema;
    final SchemaSource source;
    final DatumWriter<Object> writer;
    final Map<Integer, DatumWriter<Object>> writersById = new ConcurrentHashMap<>();
    volatile Bound last;

    Source(Schema schema, SchemaSource source, DatumWriter<Object> writer) {
      this.schema = schema;
      this.source = source;
      this.writer = writer;
    }
  }

  private boolean reflection;
  private boolean allowNull;
  private Lru<Object, Source> sources;
  private final ThreadLocal<BinaryEncoder> encoders = new ThreadLocal<>();

  public AvroSerializer() {}

  public AvroSerializer(RegistryClient client) {
    super(client);
  }

  @Override
  protected void configureFormat(Settings settings, boolean isKey) {
    this.reflection = settings.bool(SerdeConfig.SCHEMA_REFLECTION, false);
    this.allowNull = settings.bool(SerdeConfig.AVRO_REFLECTION_ALLOW_NULL, false);
    this.sources = new Lru<>(settings.cacheSize());
  }

  @Override
  protected SchemaSource schemaOf(Object value) {
    return sourceOf(value).source;
  }

  private Source sourceOf(Object value) {
    Object key = value instanceof GenericContainer container ? container.getSchema() : value.getClass();
    Source known = sources.peek(key);
    if (known != null) {
      return known;
    }
    Schema schema = AvroSchemaOf.of(value, reflection, allowNull);
    String name = schema.getType() == Schema.Type.RECORD ? schema.getFullName() : null;
    Source source = new Source(schema, SchemaSource.of("AVRO", schema.toString(), name), writerFor(value, schema));
    sources.put(key, source);
    return source;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private DatumWriter<Object> writerFor(Object value, Schema schema) {
    if (value instanceof SpecificRecord) {
      return new SpecificDatumWriter<>(schema);
    }
    if (!(value instanceof GenericContainer) && reflection) {
      return new ReflectDatumWriter<>(schema, allowNull ? ReflectData.AllowNull.get() : ReflectData.get());
    }
    return (DatumWriter) new GenericDatumWriter<>(schema);
  }

  @Override
  protected byte[] encode(Object value, SchemaSource schema, int schemaId, boolean prefixed) throws IOException {
    Source source = sourceOf(value);
    if (source.schema.getType() == Schema.Type.BYTES) {
      // Confluent's special case: raw bytes, no Avro length prefix.
      ByteBuffer bytes = value instanceof ByteBuffer buffer ? buffer.duplicate() : ByteBuffer.wrap((byte[]) value);
      int start = prefixed ? Framing.PREFIX_LENGTH : 0;
      byte[] out = new byte[start + bytes.remaining()];
      if (prefixed) {
        Framing.writePrefix(out, schemaId);
      }
      bytes.get(out, start, bytes.remaining());
      return out;
    }
    DatumWriter<Object> writer = writerOf(value, source, schemaId);
    FramedOutput out = FramedOutput.start(schemaId, prefixed);
    try {
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, encoders.get());
      encoders.set(encoder);
      writer.write(value, encoder);
      encoder.flush();
      return out.finish();
    } finally {
      out.release();
    }
  }

  private DatumWriter<Object> writerOf(Object value, Source source, int schemaId) {
    Source.Bound last = source.last;
    if (last != null && last.id() == schemaId) {
      return last.writer();
    }
    DatumWriter<Object> writer = source.writersById.computeIfAbsent(schemaId, id -> writerForId(value, source, id));
    source.last = new Source.Bound(schemaId, writer);
    return writer;
  }

  /**
   * The bytes must follow the schema of the id in the prefix, as Confluent's serializer writes
   * them: with {@code use.latest.version} or {@code use.schema.id} that is the registry's schema,
   * which may be another version than the value's own.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private DatumWriter<Object> writerForId(Object value, Source source, int schemaId) {
    Schema target = ((AvroSchema) schemas().byId(schemaId)).schema();
    if (SchemaNormalization.toParsingForm(target).equals(SchemaNormalization.toParsingForm(source.schema))) {
      return source.writer;
    }
    if (value instanceof GenericRecord) {
      return new ByNameDatumWriter(target);
    }
    if (!(value instanceof GenericContainer) && reflection) {
      return new ReflectDatumWriter<>(target, allowNull ? ReflectData.AllowNull.get() : ReflectData.get());
    }
    return (DatumWriter) new GenericDatumWriter<>(target);
  }

  @Override
  protected String field(Object value, String name) {
    if (value instanceof GenericRecord record && record.getSchema().getField(name) != null) {
      Object field = record.get(name);
      return field == null ? null : field.toString();
    }
    return null;
  }
}
