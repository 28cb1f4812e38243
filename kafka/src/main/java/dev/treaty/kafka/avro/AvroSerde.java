package dev.treaty.kafka.avro;

import dev.treaty.client.RegistryClient;
import org.apache.kafka.common.serialization.Serdes;

/** {@link AvroSerializer} and {@link AvroDeserializer} as one Kafka Streams {@code Serde}. */
public class AvroSerde extends Serdes.WrapperSerde<Object> {

  public AvroSerde() {
    super(new AvroSerializer(), new AvroDeserializer());
  }

  public AvroSerde(RegistryClient client) {
    super(new AvroSerializer(client), new AvroDeserializer(client));
  }
}
