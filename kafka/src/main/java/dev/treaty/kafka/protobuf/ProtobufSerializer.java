package dev.treaty.kafka.protobuf;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.treaty.client.RegistryClient;
import dev.treaty.compatibility.protobuf.MessageIndexes;
import dev.treaty.compatibility.protobuf.ProtobufSchema;
import dev.treaty.kafka.SerdeConfig;
import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import dev.treaty.kafka.internal.Framing;
import dev.treaty.kafka.internal.Lru;
import dev.treaty.kafka.internal.SchemaSerializer;
import dev.treaty.kafka.internal.SchemaSource;
import dev.treaty.kafka.internal.Settings;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Writes Protobuf messages (generated classes or {@code DynamicMessage}) in Confluent's wire
 * format: the prefix, the message's index path in its file, then the message bytes. A drop-in for
 * Confluent's {@code KafkaProtobufSerializer}. Thread-safe once configured.
 */
public class ProtobufSerializer<T extends Message> extends SchemaSerializer<T> {

  /**
   * A message type's schema, and its index path per schema id (computed in the id's file); the
   * last id used is kept apart so that the usual record finds its indexes without boxing the id.
   */
  private static final class Source {

    private record Indexed(int id, byte[] indexes) {}

    final SchemaSource schema;
    final Map<Integer, byte[]> indexesById = new ConcurrentHashMap<>();
    volatile Indexed last;

    Source(SchemaSource schema) {
      this.schema = schema;
    }
  }

  private ProtoFileSource files;
  private Lru<Descriptor, Source> sources;
  // Held once: a loader written at the call site would be a new lambda per record.
  private final Function<Descriptor, Source> newSource =
      type -> new Source(files.of(type.getFile(), type.getFullName()));

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
    return sourceOf(value.getDescriptorForType()).schema;
  }

  private Source sourceOf(Descriptor descriptor) {
    return sources.get(descriptor, newSource);
  }

  /**
   * Sized once from {@code getSerializedSize()} (memoized by the message) and written in place:
   * no growing buffer, no copy to trim it, no staging array. In the header form the indexes go in
   * the header ({@link #messageIndexes}) and the bytes are the message alone.
   */
  @Override
  protected byte[] encode(T value, SchemaSource schema, int schemaId, boolean prefixed) throws IOException {
    int size = value.getSerializedSize();
    if (!prefixed) {
      return value.toByteArray();
    }
    byte[] indexes = messageIndexes(value, schemaId);
    int start = Framing.PREFIX_LENGTH + indexes.length;
    byte[] out = new byte[start + size];
    Framing.writePrefix(out, schemaId);
    System.arraycopy(indexes, 0, out, Framing.PREFIX_LENGTH, indexes.length);
    CodedOutputStream coded = CodedOutputStream.newInstance(out, start, size);
    value.writeTo(coded);
    coded.checkNoSpaceLeft();
    return out;
  }

  @Override
  protected byte[] messageIndexes(T value, int schemaId) {
    return indexesOf(sourceOf(value.getDescriptorForType()), schemaId);
  }

  private byte[] indexesOf(Source source, int schemaId) {
    Source.Indexed last = source.last;
    if (last != null && last.id() == schemaId) {
      return last.indexes();
    }
    byte[] indexes = source.indexesById.computeIfAbsent(schemaId, id -> indexes(id, source.schema.name()));
    source.last = new Source.Indexed(schemaId, indexes);
    return indexes;
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
