package dev.treaty.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import dev.treaty.client.RegistryClient;
import dev.treaty.kafka.avro.AvroDeserializer;
import dev.treaty.kafka.avro.AvroSerializer;
import dev.treaty.kafka.json.JsonSchemaDeserializer;
import dev.treaty.kafka.json.JsonSchemaSerializer;
import dev.treaty.kafka.protobuf.ProtobufDeserializer;
import dev.treaty.kafka.protobuf.ProtobufSerializer;
import dev.treaty.registry.testing.RunningRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Treaty's Java serdes and Confluent's JavaScript serdes ({@code @confluentinc/schemaregistry} from
 * npm) against one Treaty server: each side decodes what the other wrote, and for the same value
 * and schema both write the same bytes, for Avro, Protobuf (nested messages, so the message
 * indexes are not the {@code 0} shortcut) and JSON Schema.
 */
class NpmSerdesInteropTest {

  private static final Path PROJECT = Path.of("src/test/npm").toAbsolutePath();
  private static final HexFormat HEX = HexFormat.of();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Schema LINE = new Schema.Parser().parse("""
      {"type":"record","name":"Line","namespace":"dev.treaty.shop","fields":[
        {"name":"sku","type":"string"},{"name":"qty","type":"int"}]}""");
  private static final Schema CART = new Schema.Parser().addTypes(Map.of("dev.treaty.shop.Line", LINE)).parse("""
      {"type":"record","name":"Cart","namespace":"dev.treaty.shop","fields":[
        {"name":"id","type":"string"},
        {"name":"total","type":"double"},
        {"name":"status","type":{"type":"enum","name":"Status","symbols":["OPEN","PAID"]}},
        {"name":"lines","type":{"type":"array","items":"Line"}},
        {"name":"count","type":"long"}]}""");

  private static RunningRegistry registry;
  private static JsonNode js;
  private static final String TOPIC = "carts";
  private static final String PROTO_TOPIC = "shipments";
  private static final String JSON_TOPIC = "invoices";
  private static byte[] avroBytes;
  private static byte[] parcelBytes;
  private static byte[] shipmentBytes;
  private static byte[] jsonBytes;
  private static final Headers AVRO_HEADERS = new RecordHeaders();
  private static final Headers PARCEL_HEADERS = new RecordHeaders();
  private static byte[] avroBare;
  private static byte[] parcelBare;

  @BeforeAll
  static void javaWritesAndJavaScriptReadsAndWrites() throws Exception {
    installPackagesIfMissing();
    registry = RunningRegistry.start();
    avroBytes = serializer(new AvroSerializer()).serialize(TOPIC, cart());
    ProtobufSerializer<Message> protobuf = serializer(new ProtobufSerializer<>());
    parcelBytes = protobuf.serialize(PROTO_TOPIC, parcel());
    shipmentBytes = protobuf.serialize(PROTO_TOPIC, shipment());
    JsonSchemaSerializer<JsonNode> json = new JsonSchemaSerializer<>(RegistryClient.of(registry.url()), JSON, Fixtures.JSON_SCHEMA);
    json.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url(), SerdeConfig.JSON_FAIL_INVALID_SCHEMA, true), false);
    jsonBytes = json.serialize(JSON_TOPIC, invoice());
    Map<String, Object> inHeader = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url(),
        SerdeConfig.VALUE_SCHEMA_ID_SERIALIZER, "io.confluent.kafka.serializers.schema.id.HeaderSchemaIdSerializer");
    AvroSerializer avroInHeader = new AvroSerializer();
    avroInHeader.configure(inHeader, false);
    avroBare = avroInHeader.serialize(TOPIC, AVRO_HEADERS, cart());
    ProtobufSerializer<Message> protobufInHeader = new ProtobufSerializer<>();
    protobufInHeader.configure(inHeader, false);
    parcelBare = protobufInHeader.serialize(PROTO_TOPIC, PARCEL_HEADERS, parcel());

    ObjectNode input = JSON.createObjectNode()
        .put("url", registry.url()).put("topic", TOPIC).put("protoTopic", PROTO_TOPIC).put("jsonTopic", JSON_TOPIC)
        .put("avro", HEX.formatHex(avroBytes)).put("parcel", HEX.formatHex(parcelBytes))
        .put("shipment", HEX.formatHex(shipmentBytes)).put("json", HEX.formatHex(jsonBytes))
        .put("avroBare", HEX.formatHex(avroBare)).put("avroHeader", header(AVRO_HEADERS))
        .put("parcelBare", HEX.formatHex(parcelBare)).put("parcelHeader", header(PARCEL_HEADERS))
        .put("descriptor", Base64.getEncoder().encodeToString(Fixtures.PROTO_FILE.toProto().toByteArray()));
    Path file = Files.createTempFile("treaty-serdes", ".json");
    Files.writeString(file, input.toString());
    js = JSON.readTree(run(List.of("node", "serdes.mjs", file.toString())));
  }

  @AfterAll
  static void stop() {
    if (registry != null) {
      registry.close();
    }
  }

  @Test
  void avroRecordsCrossBothWaysByteForByte() throws Exception {
    assertThat(js.path("avro").path("decoded").toString()).isEqualTo(
        "{\"id\":\"c-1\",\"total\":12.5,\"status\":\"PAID\",\"lines\":[{\"sku\":\"A-1\",\"qty\":2},{\"sku\":\"B-2\",\"qty\":1}],\"count\":3}");
    assertThat(js.path("avro").path("hex").asText()).isEqualTo(HEX.formatHex(avroBytes));
    Object read = deserializer(new AvroDeserializer()).deserialize(TOPIC, HEX.parseHex(js.path("avro").path("hex").asText()));
    assertThat(read).isEqualTo(cart());
  }

  @Test
  void nestedProtobufMessagesCrossBothWaysByteForByte() throws Exception {
    // Parcel is [1, 0]: the first message nested in the second top-level message; Shipment is [1].
    assertThat(HEX.formatHex(parcelBytes).substring(10, 16)).isEqualTo("040200");
    assertThat(HEX.formatHex(shipmentBytes).substring(10, 14)).isEqualTo("0202");
    assertThat(js.path("parcel").path("typeName").asText()).isEqualTo("dev.treaty.shop.Shipment.Parcel");
    assertThat(js.path("parcel").path("decoded").toString())
        .isEqualTo("{\"sku\":\"A-1\",\"weight\":7,\"label\":{\"code\":\"L-1\"}}");
    assertThat(js.path("shipment").path("decoded").toString()).isEqualTo(
        "{\"id\":\"s-1\",\"parcels\":[{\"sku\":\"A-1\",\"weight\":7,\"label\":{\"code\":\"L-1\"}}],\"counts\":{\"boxes\":2},\"status\":\"STATUS_SENT\"}");
    assertThat(js.path("parcel").path("hex").asText()).isEqualTo(HEX.formatHex(parcelBytes));
    assertThat(js.path("shipment").path("hex").asText()).isEqualTo(HEX.formatHex(shipmentBytes));

    ProtobufDeserializer<Message> deserializer = deserializer(new ProtobufDeserializer<>());
    assertThat(json(deserializer.deserialize(PROTO_TOPIC, HEX.parseHex(js.path("shipment").path("hex").asText()))))
        .isEqualTo(json(shipment()));
    assertThat(json(deserializer.deserialize(PROTO_TOPIC, HEX.parseHex(js.path("parcel").path("hex").asText()))))
        .isEqualTo(json(parcel()));
  }

  @Test
  void theHeaderFormCrossesBothWaysByteForByte() throws Exception {
    JsonNode avro = js.path("avroHeaderForm");
    assertThat(avro.path("decoded").toString()).isEqualTo(js.path("avro").path("decoded").toString());
    assertThat(avro.path("header").asText()).isEqualTo(header(AVRO_HEADERS)).startsWith("01").hasSize(34);
    assertThat(avro.path("hex").asText()).isEqualTo(HEX.formatHex(avroBare));
    JsonNode protobuf = js.path("parcelHeaderForm");
    assertThat(protobuf.path("decoded").toString()).isEqualTo(js.path("parcel").path("decoded").toString());
    assertThat(protobuf.path("header").asText()).isEqualTo(header(PARCEL_HEADERS)).endsWith("040200");
    assertThat(protobuf.path("hex").asText()).isEqualTo(HEX.formatHex(parcelBare));

    Headers fromJs = new RecordHeaders().add("__value_schema_id", HEX.parseHex(protobuf.path("header").asText()));
    Message read = deserializer(new ProtobufDeserializer<Message>()).deserialize(PROTO_TOPIC, fromJs,
        HEX.parseHex(protobuf.path("hex").asText()));
    assertThat(json(read)).isEqualTo(json(parcel()));
  }

  private static String header(Headers headers) {
    return HEX.formatHex(headers.lastHeader("__value_schema_id").value());
  }

  @Test
  void aProtobufFileTheJavaScriptSerializerRegisteredIsReadInJava() throws Exception {
    byte[] written = HEX.parseHex(js.path("jsRegistered").asText());
    // Label is [1, 0, 0]
    assertThat(HEX.formatHex(written).substring(10, 18)).isEqualTo("06020000");
    Message label = deserializer(new ProtobufDeserializer<Message>()).deserialize(PROTO_TOPIC + "-js", written);
    assertThat(label.getDescriptorForType().getFullName()).isEqualTo("dev.treaty.shop.Shipment.Parcel.Label");
    assertThat(json(label)).isEqualTo("{\"code\":\"JS-1\"}");
  }

  @Test
  void jsonSchemaRecordsCrossBothWaysByteForByte() throws Exception {
    assertThat(js.path("json").path("decoded").toString()).isEqualTo(invoice().toString());
    assertThat(js.path("json").path("hex").asText()).isEqualTo(HEX.formatHex(jsonBytes));
    JsonSchemaDeserializer<JsonNode> deserializer = new JsonSchemaDeserializer<>(RegistryClient.of(registry.url()), JSON, JsonNode.class);
    deserializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url(), SerdeConfig.JSON_FAIL_INVALID_SCHEMA, true), false);
    assertThat(deserializer.deserialize(JSON_TOPIC, HEX.parseHex(js.path("json").path("hex").asText()))).isEqualTo(invoice());
  }

  private static GenericRecord cart() {
    GenericRecord cart = new GenericData.Record(CART);
    cart.put("id", "c-1");
    cart.put("total", 12.5);
    cart.put("status", new GenericData.EnumSymbol(CART.getField("status").schema(), "PAID"));
    cart.put("lines", new GenericData.Array<>(CART.getField("lines").schema(), List.of(line("A-1", 2), line("B-2", 1))));
    cart.put("count", 3L);
    return cart;
  }

  private static GenericRecord line(String sku, int qty) {
    GenericRecord line = new GenericData.Record(LINE);
    line.put("sku", sku);
    line.put("qty", qty);
    return line;
  }

  private static DynamicMessage parcel() {
    Descriptor parcel = Fixtures.message("Shipment.Parcel");
    Descriptor label = Fixtures.message("Shipment.Parcel.Label");
    return DynamicMessage.newBuilder(parcel)
        .setField(parcel.findFieldByName("sku"), "A-1")
        .setField(parcel.findFieldByName("weight"), 7)
        .setField(parcel.findFieldByName("label"),
            DynamicMessage.newBuilder(label).setField(label.findFieldByName("code"), "L-1").build())
        .build();
  }

  private static DynamicMessage shipment() throws IOException {
    DynamicMessage.Builder shipment = DynamicMessage.newBuilder(Fixtures.message("Shipment"));
    JsonFormat.parser().merge(
        "{\"id\":\"s-1\",\"parcels\":[{\"sku\":\"A-1\",\"weight\":7,\"label\":{\"code\":\"L-1\"}}],"
            + "\"counts\":{\"boxes\":2},\"status\":\"STATUS_SENT\"}", shipment);
    return shipment.build();
  }

  private static JsonNode invoice() throws IOException {
    return JSON.readTree("{\"number\":\"I-1\",\"total\":12.5,\"lines\":[\"a\",\"b\"]}");
  }

  private static String json(Message message) throws IOException {
    return JSON.readTree(JsonFormat.printer().print(message)).toString();
  }

  private static <S extends org.apache.kafka.common.serialization.Serializer<?>> S serializer(S serializer) {
    serializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
    return serializer;
  }

  private static <D extends org.apache.kafka.common.serialization.Deserializer<?>> D deserializer(D deserializer) {
    deserializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
    return deserializer;
  }

  private static void installPackagesIfMissing() throws Exception {
    if (!Files.isDirectory(PROJECT.resolve("node_modules/@confluentinc/schemaregistry"))) {
      run(List.of("npm", "ci", "--no-audit", "--no-fund"));
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Path output = Files.createTempFile("treaty-npm", ".out");
    Process process = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish in time");
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(command + " failed:\n" + text).isZero();
    String[] lines = text.strip().split("\n");
    return lines[lines.length - 1];
  }
}
