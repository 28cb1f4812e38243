package dev.treaty.kafka.protobuf;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.treaty.client.RegistryClient;
import dev.treaty.compatibility.protobuf.MessageIndexes;
import dev.treaty.compatibility.protobuf.ProtobufSchema;
import dev.treaty.kafka.SerdeConfig;
import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import dev.treaty.kafka.internal.Lru;
import dev.treaty.kafka.internal.SchemaSerializer;
import dev.treaty.kafka.internal.SchemaSource;
import dev.treaty.kafka.internal.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes Protobuf messages (generated classes or {@code DynamicMessage}) in Confluent's wire
 * format: the prefix, the message's index path in its file, then the message bytes. A drop-in for
 * Confluent's {@code KafkaProtobufSerializer}. Thread-safe once configured.
 */
public class ProtobufSerializer<T extends Message> extends SchemaSerializer<T> {

  /** A message type's schema, and its index path per schema id (computed in the id's file). */
  private record Source(SchemaSource schema, Map<Integer, byte[]> indexesById) {}

  private ProtoFileSource files;
  private Lru<Descriptor, Source> sources;

  public ProtobufSerializer() {}

  public ProtobufSerializer(RegistryClient client) {
    super(client);
  }

  @Override
  protected void configureFormat(Settings settings, boolean isKey) {
    this.files = new ProtoFileSource(schemas(), autoRegister(), settings.bool(SerdeConfig.SKIP_KNOWN_TYPES, true));
    this.sources = new Lru<>(settings.cacheSize());
  }

  @Override
  protected SchemaSource schemaOf(T value) {
    return sourceOf(value.getDescriptorForType()).schema();
  }

  private Source sourceOf(Descriptor descriptor) {
    return sources.get(descriptor, key -> new Source(files.of(key.getFile(), key.getFullName()), new ConcurrentHashMap<>()));
  }

  @Override
  protected void write(T value, SchemaSource schema, int schemaId, ByteArrayOutputStream out) throws IOException {
    Source source = sourceOf(value.getDescriptorForType());
    out.write(source.indexesById().computeIfAbsent(schemaId, id -> indexes(id, source.schema().name())));
    // toByteArray sizes its array exactly; writeTo(OutputStream) would allocate a 4 KiB staging buffer per record.
    out.write(value.toByteArray());
  }

  /**
   * The path of the message in the file the id names (with {@code use.latest.version} that may be
   * another version than the message's own file). Messages are counted as the registered .proto
   * text declares them: map entries are not messages there.
   */
  private byte[] indexes(int schemaId, String fullName) {
    try {
      return MessageIndexes.encode(((ProtobufSchema) schemas().byId(schemaId)).messageIndexes(fullName));
    } catch (IllegalArgumentException e) {
      throw new SerdeException(Reason.SCHEMA_REFUSED, "The schema with id " + schemaId + " has no message " + fullName, e);
    }
  }

  @Override
  protected String field(T value, String name) {
    FieldDescriptor field = value.getDescriptorForType().findFieldByName(name);
    return field == null || field.isRepeated() || !value.hasField(field) && field.hasPresence()
        ? null : String.valueOf(value.getField(field));
  }
}
