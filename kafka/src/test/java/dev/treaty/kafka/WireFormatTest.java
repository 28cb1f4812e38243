package dev.treaty.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import dev.treaty.kafka.avro.AvroDeserializer;
import dev.treaty.kafka.avro.AvroSerializer;
import dev.treaty.kafka.protobuf.ProtobufDeserializer;
import dev.treaty.kafka.protobuf.ProtobufSerializer;
import dev.treaty.registry.testing.RunningRegistry;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bytes on the wire, checked against the worked examples of Confluent's format. */
class WireFormatTest {

  private static final HexFormat HEX = HexFormat.of();
  private static RunningRegistry registry;

  @BeforeAll
  static void start() {
    registry = RunningRegistry.start();
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  @Test
  void anAvroStringIsMagicByteIdThenTheAvroBinaryDatum() {
    byte[] bytes = configured(new AvroSerializer()).serialize("greetings", "hi");
    int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
    assertThat(HEX.formatHex(bytes)).isEqualTo("00" + "%08x".formatted(id) + "046869");
    assertThat(configured(new AvroDeserializer()).deserialize("greetings", bytes)).isEqualTo("hi");
  }

  @Test
  void avroBytesAreCopiedRawWithoutALengthPrefix() {
    byte[] bytes = configured(new AvroSerializer()).serialize("blobs", new byte[] {1, 2, 3});
    assertThat(HEX.formatHex(bytes)).endsWith("010203").hasSize(16);
    assertThat((byte[]) configured(new AvroDeserializer()).deserialize("blobs", bytes)).containsExactly(1, 2, 3);
  }

  @Test
  void nullStaysNullSoTombstonesSurvive() {
    assertThat(configured(new AvroSerializer()).serialize("t", null)).isNull();
    assertThat(configured(new AvroDeserializer()).deserialize("t", null)).isNull();
  }

  @Test
  void aFirstTopLevelMessageUsesTheZeroShortcutAndTheLongFormIsReadToo() {
    Timestamp stamp = Timestamp.newBuilder().setSeconds(1_700_000_000L).setNanos(5).build();
    byte[] bytes = configured(new ProtobufSerializer<Timestamp>()).serialize("stamps", stamp);
    assertThat(HEX.formatHex(bytes).substring(10, 12)).isEqualTo("00");
    assertThat(HEX.formatHex(bytes).substring(12)).isEqualTo(HEX.formatHex(stamp.toByteArray()));

    byte[] longForm = ByteBuffer.allocate(bytes.length + 1).put(bytes, 0, 5).put(new byte[] {2, 0})
        .put(bytes, 6, bytes.length - 6).array();
    ProtobufDeserializer<Message> dynamic = configured(new ProtobufDeserializer<>());
    assertThat(dynamic.deserialize("stamps", longForm)).isInstanceOf(DynamicMessage.class)
        .extracting(Message::toByteArray).isEqualTo(stamp.toByteArray());
    ProtobufDeserializer<Timestamp> generated = configured(new ProtobufDeserializer<>(),
        Map.of(SerdeConfig.SPECIFIC_PROTOBUF_VALUE_TYPE, Timestamp.class.getName()));
    assertThat(generated.deserialize("stamps", bytes)).isEqualTo(stamp);
  }

  @Test
  void bytesWithoutTheMagicByteOrWithAnUnknownIdAreRefusedWithTheirReason() {
    AvroDeserializer deserializer = configured(new AvroDeserializer());
    assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {1, 0, 0, 0, 1, 2}))
        .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.UNKNOWN_MAGIC_BYTE));
    assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 0, 0}))
        .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.UNKNOWN_MAGIC_BYTE));
    assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 0x7F, 0, 0, 1, 2}))
        .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.UNKNOWN_SCHEMA_ID));
  }

  @Test
  void aRecordLargerThanTheReusedBufferIsFramedWholeAndTheNextSmallOneCarriesNothingOfIt() {
    AvroSerializer serializer = configured(new AvroSerializer());
    AvroDeserializer deserializer = configured(new AvroDeserializer());
    String large = "x".repeat(3 << 20);
    byte[] big = serializer.serialize("letters", large);
    byte[] small = serializer.serialize("letters", "hi");
    assertThat(deserializer.deserialize("letters", big)).isEqualTo(large);
    assertThat(HEX.formatHex(small)).hasSize(2 * 8).endsWith("046869");
  }

  @Test
  void aProtobufRecordIsPrefixIndexesAndMessageBytesWithNothingAfter() {
    DynamicMessage parcel = DynamicMessage.newBuilder(Fixtures.message("Shipment.Parcel"))
        .setField(Fixtures.message("Shipment.Parcel").findFieldByName("sku"), "A-1").build();
    byte[] bytes = configured(new ProtobufSerializer<DynamicMessage>()).serialize("parcels", parcel);
    // Shipment is the second top-level message, Parcel its first nested one: indexes [1, 0].
    assertThat(HEX.formatHex(bytes).substring(10)).isEqualTo("040200" + HEX.formatHex(parcel.toByteArray()));
  }

  @Test
  void truncatedAvroBytesAreARejectedPayload() {
    byte[] bytes = configured(new AvroSerializer()).serialize("orders-cut", Fixtures.order(Fixtures.ORDER_V1, "o-1", 1));
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 4);
    assertThatThrownBy(() -> configured(new AvroDeserializer()).deserialize("orders-cut", cut))
        .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.PAYLOAD_REJECTED));
  }

  private static <S extends org.apache.kafka.common.serialization.Serializer<?>> S configured(S serializer) {
    serializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
    return serializer;
  }

  private static <D extends org.apache.kafka.common.serialization.Deserializer<?>> D configured(D deserializer) {
    return configured(deserializer, Map.of());
  }

  private static <D extends org.apache.kafka.common.serialization.Deserializer<?>> D configured(D deserializer, Map<String, Object> extra) {
    Map<String, Object> config = new java.util.HashMap<>(extra);
    config.put(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    deserializer.configure(config, false);
    return deserializer;
  }
}
