package dev.treaty.kafka.protobuf;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import dev.treaty.client.RegistryClient;
import dev.treaty.compatibility.protobuf.MessageIndexes;
import dev.treaty.compatibility.protobuf.ProtobufDescriptors;
import dev.treaty.compatibility.protobuf.ProtobufSchema;
import dev.treaty.kafka.SerdeConfig;
import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import dev.treaty.kafka.internal.Lru;
import dev.treaty.kafka.internal.SchemaDeserializer;
import dev.treaty.kafka.internal.Settings;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.kafka.common.config.ConfigException;

/**
 * Reads Protobuf records in Confluent's wire format: the message indexes pick the message in the
 * writer's file; the result is a {@link DynamicMessage}, or the generated class named by
 * {@code specific.protobuf.value.type} (key: {@code specific.protobuf.key.type}). Thread-safe
 * once configured.
 */
public class ProtobufDeserializer<T extends Message> extends SchemaDeserializer<T> {

  private record MessageKey(int schemaId, List<Integer> indexes) {}

  private Parser<? extends Message> specificParser;
  private Lru<Integer, FileDescriptor> files;
  private Lru<MessageKey, Descriptor> messages;

  public ProtobufDeserializer() {}

  public ProtobufDeserializer(RegistryClient client) {
    super(client);
  }

  /** Reads into a generated class, whatever the configuration says. */
  public ProtobufDeserializer(RegistryClient client, Class<T> type) {
    super(client);
    this.specificParser = parserOf(type.getName(), type);
  }

  @Override
  protected void configureFormat(Settings settings, boolean isKey) {
    String key = isKey ? SerdeConfig.SPECIFIC_PROTOBUF_KEY_TYPE : SerdeConfig.SPECIFIC_PROTOBUF_VALUE_TYPE;
    String type = settings.string(key, "");
    if (specificParser == null && !type.isEmpty() && !type.equals(Object.class.getName())) {
      try {
        specificParser = parserOf(key, Class.forName(type, true, Thread.currentThread().getContextClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new ConfigException(key, type, "No such class");
      }
    }
    this.files = new Lru<>(settings.cacheSize());
    this.messages = new Lru<>(settings.cacheSize());
  }

  private static Parser<? extends Message> parserOf(String key, Class<?> type) {
    try {
      Message instance = (Message) type.getMethod("getDefaultInstance").invoke(null);
      return instance.getParserForType();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new ConfigException(key, type.getName(), "Not a generated Protobuf message class");
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  protected T read(String topic, int schemaId, ByteBuffer idBytes, ByteBuffer payload) throws Exception {
    List<Integer> indexes;
    try {
      indexes = MessageIndexes.decode(idBytes);
    } catch (IllegalArgumentException e) {
      throw new SerdeException(Reason.PAYLOAD_REJECTED, "Malformed message indexes in a record on " + topic + ": " + e.getMessage(), e);
    }
    Descriptor descriptor = messages.get(new MessageKey(schemaId, indexes), this::descriptor);
    CodedInputStream input = CodedInputStream.newInstance(payload);
    if (specificParser != null) {
      return (T) specificParser.parseFrom(input);
    }
    return (T) DynamicMessage.parseFrom(descriptor, input);
  }

  private Descriptor descriptor(MessageKey key) {
    ProtobufSchema schema = (ProtobufSchema) schemas().byId(key.schemaId());
    FileDescriptor file = files.get(key.schemaId(), id -> ProtobufDescriptors.toFileDescriptor(schema));
    String fullName;
    try {
      fullName = schema.messageAt(key.indexes());
    } catch (IllegalArgumentException e) {
      throw new SerdeException(Reason.PAYLOAD_REJECTED, "The message indexes " + key.indexes()
          + " name no message of the schema with id " + key.schemaId(), e);
    }
    Descriptor found = file.findMessageTypeByName(relative(fullName, file.getPackage()));
    if (found == null) {
      String[] parts = relative(fullName, file.getPackage()).split("\\.");
      found = file.findMessageTypeByName(parts[0]);
      for (int i = 1; found != null && i < parts.length; i++) {
        found = found.findNestedTypeByName(parts[i]);
      }
    }
    if (found == null) {
      throw new SerdeException(Reason.PAYLOAD_REJECTED, "No message " + fullName + " in the schema with id " + key.schemaId());
    }
    return found;
  }

  private static String relative(String fullName, String pkg) {
    return !pkg.isEmpty() && fullName.startsWith(pkg + ".") ? fullName.substring(pkg.length() + 1) : fullName;
  }
}
