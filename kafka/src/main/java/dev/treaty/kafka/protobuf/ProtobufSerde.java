package dev.treaty.kafka.protobuf;

import com.google.protobuf.Message;
import dev.treaty.client.RegistryClient;
import org.apache.kafka.common.serialization.Serdes;

/** {@link ProtobufSerializer} and {@link ProtobufDeserializer} as one Kafka Streams {@code Serde}. */
public class ProtobufSerde<T extends Message> extends Serdes.WrapperSerde<T> {

  public ProtobufSerde() {
    super(new ProtobufSerializer<>(), new ProtobufDeserializer<>());
  }

  public ProtobufSerde(RegistryClient client, Class<T> type) {
    super(new ProtobufSerializer<>(client), new ProtobufDeserializer<>(client, type));
  }
}
