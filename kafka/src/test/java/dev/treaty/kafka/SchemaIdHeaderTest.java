package dev.treaty.kafka;

import dev.treaty.registry.testing.RunningRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import dev.treaty.kafka.avro.AvroDeserializer;
import dev.treaty.kafka.avro.AvroSerializer;
import dev.treaty.kafka.protobuf.ProtobufDeserializer;
import dev.treaty.kafka.protobuf.ProtobufSerializer;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Confluent 8's header form: with {@code value.schema.id.serializer=HeaderSchemaIdSerializer} the
 * schema's GUID travels in {@code __value_schema_id} (magic byte 1, 16 bytes, then Protobuf's
 * message indexes) and the record holds the bare payload; deserializers read either form.
 */
class SchemaIdHeaderTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final String HEADER_SERIALIZER = "io.confluent.kafka.serializers.schema.id.HeaderSchemaIdSerializer";
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
  void anAvroValueGoesBareWithMagicOneAndTheSchemaGuidInTheValueHeader() {
    GenericRecord order = Fixtures.order(Fixtures.ORDER_V1, "o-1", 1);
    Headers headers = new RecordHeaders();
    byte[] bare = configured(new AvroSerializer(), headerForm(false), false).serialize("hdr-orders", headers, order);
    byte[] prefixed = configured(new AvroSerializer(), Map.of(), false).serialize("hdr-orders", order);

    String guid = registry.client().version("hdr-orders-value", "1", false).guid();
    assertThat(HEX.formatHex(headers.lastHeader("__value_schema_id").value())).isEqualTo("01" + guid.replace("-", ""));
    assertThat(bare).isEqualTo(Arrays.copyOfRange(prefixed, 5, prefixed.length));
    assertThat(headers.lastHeader("__key_schema_id")).isNull();
  }

  @Test
  void aKeyUsesTheKeyHeader() {
    Headers headers = new RecordHeaders();
    configured(new AvroSerializer(), headerForm(true), true).serialize("hdr-keys", headers, "k-1");
    assertThat(headers.lastHeader("__key_schema_id").value()).hasSize(17).startsWith(1);
    assertThat(headers.lastHeader("__value_schema_id")).isNull();
  }

  @Test
  void protobufMessageIndexesFollowTheGuidInTheHeaderAndTheRecordIsTheMessageAlone() {
    DynamicMessage parcel = parcel("A-1");
    Headers headers = new RecordHeaders();
    byte[] bare = configured(new ProtobufSerializer<DynamicMessage>(), headerForm(false), false)
        .serialize("hdr-parcels", headers, parcel);

    String guid = registry.client().version("hdr-parcels-value", "1", false).guid();
    assertThat(HEX.formatHex(headers.lastHeader("__value_schema_id").value())).isEqualTo("01" + guid.replace("-", "") + "040200");
    assertThat(bare).isEqualTo(parcel.toByteArray());
    ProtobufDeserializer<Message> deserializer = configured(new ProtobufDeserializer<>(), Map.of(), false);
    Message read = deserializer.deserialize("hdr-parcels", headers, bare);
    assertThat(read.getDescriptorForType().getFullName()).isEqualTo("dev.treaty.shop.Shipment.Parcel");
    assertThat(read.toByteArray()).isEqualTo(parcel.toByteArray());
  }

  @Test
  void theDeserializerReadsTheHeaderFormThePrefixFormAndAGuidPrefix() {
    GenericRecord order = Fixtures.order(Fixtures.ORDER_V1, "o-2", 2);
    Headers headers = new RecordHeaders();
    byte[] bare = configured(new AvroSerializer(), headerForm(false), false).serialize("hdr-both", headers, order);
    byte[] prefixed = configured(new AvroSerializer(), Map.of(), false).serialize("hdr-both", order);
    byte[] guidPrefixed = ByteBuffer.allocate(17 + bare.length).put(headers.lastHeader("__value_schema_id").value()).put(bare).array();
    AvroDeserializer deserializer = configured(new AvroDeserializer(), Map.of(), false);

    assertThat(deserializer.deserialize("hdr-both", headers, bare)).isEqualTo(order);
    assertThat(deserializer.deserialize("hdr-both", new RecordHeaders(), prefixed)).isEqualTo(order);
    assertThat(deserializer.deserialize("hdr-both", guidPrefixed)).isEqualTo(order);
  }

  @Test
  void aPrefixOnlyDeserializerIgnoresTheHeader() {
    Headers headers = new RecordHeaders();
    byte[] bare = configured(new AvroSerializer(), headerForm(false), false)
        .serialize("hdr-prefix-only", headers, Fixtures.order(Fixtures.ORDER_V1, "o-3", 3));
    AvroDeserializer prefixOnly = configured(new AvroDeserializer(),
        Map.of(SerdeConfig.VALUE_SCHEMA_ID_DESERIALIZER, "PrefixSchemaIdDeserializer"), false);

    assertThatThrownBy(() -> prefixOnly.deserialize("hdr-prefix-only", headers, bare))
        .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.UNKNOWN_MAGIC_BYTE));
  }

  @Test
  void anUnknownGuidIsAnUnknownSchema() {
    Headers headers = new RecordHeaders();
    UUID unknown = UUID.randomUUID();
    headers.add("__value_schema_id", ByteBuffer.allocate(17).put((byte) 1)
        .putLong(unknown.getMostSignificantBits()).putLong(unknown.getLeastSignificantBits()).array());
    AvroDeserializer deserializer = configured(new AvroDeserializer(), Map.of(), false);

    assertThatThrownBy(() -> deserializer.deserialize("hdr-unknown", headers, new byte[] {2, 65}))
        .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.UNKNOWN_SCHEMA_ID));
  }

  @Test
  void aResentRecordKeepsOneHeaderAndAMissingHeadersObjectIsRefused() {
    AvroSerializer serializer = configured(new AvroSerializer(), headerForm(false), false);
    Headers headers = new RecordHeaders();
    GenericRecord order = Fixtures.order(Fixtures.ORDER_V1, "o-4", 4);
    serializer.serialize("hdr-resent", headers, order);
    serializer.serialize("hdr-resent", headers, order);

    assertThat(headers.headers("__value_schema_id")).hasSize(1);
    assertThatThrownBy(() -> serializer.serialize("hdr-resent", order))
        .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e).hasMessageContaining("Missing headers"));
  }

  @Test
  void unknownIdPlacementClassesAreConfigErrors() {
    assertThatThrownBy(() -> configured(new AvroSerializer(), Map.of(SerdeConfig.VALUE_SCHEMA_ID_SERIALIZER, "com.example.Mine"), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("HeaderSchemaIdSerializer");
    assertThatThrownBy(() -> configured(new AvroDeserializer(),
        Map.of(SerdeConfig.VALUE_SCHEMA_ID_DESERIALIZER, "io.confluent.kafka.serializers.schema.id.ConfigSchemaIdDeserializer"), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("ConfigSchemaIdDeserializer");
  }

  private static DynamicMessage parcel(String sku) {
    return DynamicMessage.newBuilder(Fixtures.message("Shipment.Parcel"))
        .setField(Fixtures.message("Shipment.Parcel").findFieldByName("sku"), sku).build();
  }

  private static Map<String, Object> headerForm(boolean isKey) {
    return Map.of(isKey ? SerdeConfig.KEY_SCHEMA_ID_SERIALIZER : SerdeConfig.VALUE_SCHEMA_ID_SERIALIZER, HEADER_SERIALIZER);
  }

  private static <S extends Serializer<?>> S configured(S serializer, Map<String, Object> extra, boolean isKey) {
    serializer.configure(withUrl(extra), isKey);
    return serializer;
  }

  private static <D extends Deserializer<?>> D configured(D deserializer, Map<String, Object> extra, boolean isKey) {
    deserializer.configure(withUrl(extra), isKey);
    return deserializer;
  }

  private static Map<String, Object> withUrl(Map<String, Object> extra) {
    Map<String, Object> config = new HashMap<>(extra);
    config.put(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    return config;
  }
}
