package dev.treaty.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.protobuf.ProtobufDescriptors;
import dev.treaty.compatibility.protobuf.ProtobufSchema;
import dev.treaty.kafka.avro.AvroDeserializer;
import dev.treaty.kafka.avro.AvroSerializer;
import dev.treaty.kafka.json.JsonSchemaDeserializer;
import dev.treaty.kafka.json.JsonSchemaSerializer;
import dev.treaty.kafka.protobuf.ProtobufDeserializer;
import dev.treaty.kafka.protobuf.ProtobufSerializer;
import dev.treaty.registry.testing.RunningRegistry;
import dev.treaty.shop.Order;
import dev.treaty.shop.Parcel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each kind of value each format takes: specific and reflect Avro, Jackson classes, Protobuf files with imports. */
class ValueTypesTest {

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
  void aSpecificReaderReadsNewerWritersIntoTheGeneratedClass() {
    byte[] v2 = configure(new AvroSerializer(), Map.of()).serialize("specific", Fixtures.order(Fixtures.ORDER_V2, "o-1", 5));
    Object read = configure(new AvroDeserializer(), Map.of(SerdeConfig.SPECIFIC_AVRO_READER, true)).deserialize("specific", v2);
    assertThat(read).isInstanceOf(Order.class);
    assertThat(((Order) read).id()).isEqualTo("o-1");
    assertThat(((Order) read).amount()).isEqualTo(5.0);

    byte[] specific = configure(new AvroSerializer(), Map.of()).serialize("specific", new Order("o-2", 6));
    assertThat(configure(new AvroDeserializer(), Map.of()).deserialize("specific", specific).toString())
        .isEqualTo("{\"id\": \"o-2\", \"amount\": 6.0}");
  }

  @Test
  void reflectionDerivesTheSchemaOfAPlainClass() {
    Map<String, Object> reflect = Map.of(SerdeConfig.SCHEMA_REFLECTION, true);
    byte[] bytes = configure(new AvroSerializer(), reflect).serialize("reflect", new Parcel("A-1", 3));
    assertThat(configure(new AvroDeserializer(), reflect).deserialize("reflect", bytes)).isEqualTo(new Parcel("A-1", 3));
    assertThat(registry.client().version("reflect-value", "latest", false).schema()).contains("\"name\":\"Parcel\"");
    assertThatThrownBy(() -> configure(new AvroSerializer(), Map.of()).serialize("reflect", new Parcel("A-1", 3)))
        .isInstanceOf(SerdeException.class).hasMessageContaining("schema.reflection=true");
  }

  @Test
  void jacksonClassesRoundTripAndInvalidPayloadsAreRefusedBeforeSending() {
    String schema = """
        {"type":"object","title":"Parcel","properties":{"sku":{"type":"string"},"weight":{"type":"integer","minimum":1}},
         "required":["sku","weight"]}""";
    Map<String, Object> config = Map.of(SerdeConfig.JSON_VALUE_SCHEMA, schema, SerdeConfig.JSON_FAIL_INVALID_SCHEMA, true,
        SerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "RecordNameStrategy");
    JsonSchemaSerializer<Parcel> serializer = configure(new JsonSchemaSerializer<>(), config);
    byte[] bytes = serializer.serialize("parcels-json", new Parcel("A-1", 3));
    Map<String, Object> typed = Map.of(SerdeConfig.JSON_VALUE_TYPE, Parcel.class.getName());
    assertThat(configure(new JsonSchemaDeserializer<Parcel>(), typed).deserialize("parcels-json", bytes)).isEqualTo(new Parcel("A-1", 3));
    assertThat(configure(new JsonSchemaDeserializer<Object>(), Map.of()).deserialize("parcels-json", bytes))
        .isEqualTo(Map.of("sku", "A-1", "weight", 3));
    assertThat(registry.client().subjects(false)).contains("Parcel");
    assertThatThrownBy(() -> serializer.serialize("parcels-json", new Parcel("A-2", 0)))
        .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.PAYLOAD_REJECTED))
        .hasMessageContaining("/weight");
  }

  @Test
  void protobufImportsAreRegisteredFirstUnderTheirPathAndResolvedOnRead() {
    String common = """
        syntax = "proto3";
        package acme;
        message Money { string currency = 1; int64 units = 2; }
        """;
    String priced = """
        syntax = "proto3";
        package shop;
        import "acme/common.proto";
        import "google/protobuf/timestamp.proto";
        message Priced { string id = 1; acme.Money price = 2; google.protobuf.Timestamp at = 3; }
        """;
    FileDescriptor file = ProtobufDescriptors.toFileDescriptor((ProtobufSchema) SchemaFormats.PROTOBUF.parse(priced,
        List.of(new ResolvedReference("acme/common.proto", common))));
    Descriptor type = file.findMessageTypeByName("Priced");
    Descriptor money = type.findFieldByName("price").getMessageType();
    DynamicMessage value = DynamicMessage.newBuilder(type).setField(type.findFieldByName("id"), "p-1")
        .setField(type.findFieldByName("price"), DynamicMessage.newBuilder(money)
            .setField(money.findFieldByName("currency"), "CHF").setField(money.findFieldByName("units"), 12L).build())
        .build();

    byte[] bytes = configure(new ProtobufSerializer<Message>(), Map.of()).serialize("priced", value);
    assertThat(registry.client().subjects(false)).contains("acme/common.proto", "priced-value")
        .doesNotContain("google/protobuf/timestamp.proto");
    assertThat(registry.client().version("priced-value", "1", false).references())
        .extracting(reference -> reference.name() + "=" + reference.subject() + "@" + reference.version())
        .containsExactly("acme/common.proto=acme/common.proto@1");
    Message read = configure(new ProtobufDeserializer<Message>(), Map.of()).deserialize("priced", bytes);
    assertThat(read.toByteArray()).isEqualTo(value.toByteArray());
    assertThat(read.toString()).contains("currency: \"CHF\"");
  }

  private static <S extends Serializer<?>> S configure(S serializer, Map<String, Object> extra) {
    serializer.configure(config(extra), false);
    return serializer;
  }

  private static <D extends Deserializer<?>> D configure(D deserializer, Map<String, Object> extra) {
    deserializer.configure(config(extra), false);
    return deserializer;
  }

  private static Map<String, Object> config(Map<String, Object> extra) {
    Map<String, Object> config = new HashMap<>(extra);
    config.put(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    return config;
  }
}
