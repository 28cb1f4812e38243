package dev.treaty.kafka.avro;

import dev.treaty.client.RegistryClient;
import dev.treaty.compatibility.avro.AvroSchema;
import dev.treaty.kafka.SerdeConfig;
import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import dev.treaty.kafka.internal.Lru;
import dev.treaty.kafka.internal.SchemaDeserializer;
import dev.treaty.kafka.internal.Settings;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.reflect.ReflectData;
import org.apache.avro.reflect.ReflectDatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.util.Utf8;

/**
 * Reads Avro records in Confluent's wire format: generic records by default, generated classes
 * with {@code specific.avro.reader=true}, reflected classes with {@code schema.reflection=true},
 * or the consumer's own version of the schema with {@code treaty.avro.value.reader.schema}, resolved
 * against the writer's schema by Avro's rules. Thread-safe once configured.
 */
public class AvroDeserializer extends SchemaDeserializer<Object> {

  /** How records of one writer schema are read: a reader, or why they cannot be. */
  private record Plan(Schema writer, DatumReader<Object> reader, String incompatibility) {}

  private boolean specific;
  private boolean reflection;
  private Schema readerSchema;
  private Lru<Integer, Plan> plans;

  public AvroDeserializer() {}

  public AvroDeserializer(RegistryClient client) {
    super(client);
  }

  @Override
  protected void configureFormat(Settings settings, boolean isKey) {
    this.specific = settings.bool(SerdeConfig.SPECIFIC_AVRO_READER, false);
    this.reflection = settings.bool(SerdeConfig.SCHEMA_REFLECTION, false);
    String reader = settings.string(isKey ? SerdeConfig.AVRO_KEY_READER_SCHEMA : SerdeConfig.AVRO_VALUE_READER_SCHEMA, "");
    this.readerSchema = reader.isEmpty() ? null : new Schema.Parser().parse(reader);
    this.plans = new Lru<>(settings.cacheSize());
  }

  @Override
  protected Object read(String topic, int schemaId, ByteBuffer idBytes, ByteBuffer payload) throws Exception {
    Plan plan = plans.get(schemaId, this::plan);
    if (plan.incompatibility() != null) {
      throw new SerdeException(Reason.INCOMPATIBLE_WRITER_SCHEMA, plan.incompatibility());
    }
    if (plan.writer().getType() == Schema.Type.BYTES) {
      return Arrays.copyOfRange(payload.array(), payload.position(), payload.limit());
    }
    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(
        payload.array(), payload.arrayOffset() + payload.position(), payload.remaining(), null);
    Object value = plan.reader().read(null, decoder);
    return value instanceof Utf8 text ? text.toString() : value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Plan plan(int schemaId) {
    Schema writer = ((AvroSchema) schemas().byId(schemaId)).schema();
    Schema reader = readerFor(writer);
    if (reader != writer) {
      var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
      if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
        return new Plan(writer, null, "The reader schema " + reader.getFullName() + " cannot read records written with schema id "
            + schemaId + ": " + result.getDescription());
      }
    }
    DatumReader<Object> datumReader;
    if (reflection) {
      datumReader = new ReflectDatumReader<>(writer, reader, ReflectData.get());
    } else if (specific && reader != writer) {
      datumReader = new SpecificDatumReader<>(writer, reader);
    } else {
      datumReader = (DatumReader) new GenericDatumReader<>(writer, reader);
    }
    return new Plan(writer, datumReader, null);
  }

  private Schema readerFor(Schema writer) {
    if (readerSchema != null) {
      return readerSchema;
    }
    if ((specific || reflection) && writer.getType() == Schema.Type.RECORD) {
      Class<?> type = SpecificData.get().getClass(writer);
      if (type == null) {
        throw new SerdeException(Reason.UNSUPPORTED, "Could not find class " + writer.getFullName()
            + " named in the writer's schema (specific.avro.reader / schema.reflection)");
      }
      return specific ? SpecificData.get().getSchema(type) : ReflectData.get().getSchema(type);
    }
    return writer;
  }
}
