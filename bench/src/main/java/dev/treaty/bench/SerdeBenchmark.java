package dev.treaty.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.protobuf.ProtobufDescriptors;
import dev.treaty.compatibility.protobuf.ProtobufSchema;
import dev.treaty.kafka.SerdeConfig;
import dev.treaty.kafka.avro.AvroDeserializer;
import dev.treaty.kafka.avro.AvroSerializer;
import dev.treaty.kafka.json.JsonSchemaDeserializer;
import dev.treaty.kafka.json.JsonSchemaSerializer;
import dev.treaty.kafka.protobuf.ProtobufDeserializer;
import dev.treaty.kafka.protobuf.ProtobufSerializer;
import dev.treaty.registry.RegistryServer;
import dev.treaty.registry.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Treaty's Kafka serdes once warm (the registry answered once, in setup) against the bare encoding
 * of the same value with Avro's, protobuf-java's and Jackson's own code: the serde's overhead is the
 * ratio of the two. The value is an order of 10 fields with two nested lines, in each format.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SerdeBenchmark {

  private static final String TOPIC = "orders";
  private static final String AVRO = """
      {"type":"record","name":"Order","namespace":"bench","fields":[
        {"name":"id","type":"string"},{"name":"customer","type":"string"},{"name":"amount","type":"double"},
        {"name":"currency","type":"string"},{"name":"created","type":"long"},{"name":"priority","type":"int"},
        {"name":"express","type":"boolean"},{"name":"note","type":["null","string"],"default":null},
        {"name":"tags","type":{"type":"array","items":"string"}},
        {"name":"lines","type":{"type":"array","items":{"type":"record","name":"Line","fields":[
          {"name":"sku","type":"string"},{"name":"qty","type":"int"},{"name":"price","type":"double"}]}}}]}""";
  private static final String PROTO = """
      syntax = "proto3";
      package bench;
      message Order {
        string id = 1; string customer = 2; double amount = 3; string currency = 4; int64 created = 5;
        int32 priority = 6; bool express = 7; string note = 8; repeated string tags = 9; repeated Line lines = 10;
        message Line { string sku = 1; int32 qty = 2; double price = 3; }
      }
      """;
  private static final String JSON_SCHEMA = """
      {"type":"object","title":"Order","properties":{"id":{"type":"string"},"customer":{"type":"string"},
       "amount":{"type":"number"},"currency":{"type":"string"},"created":{"type":"integer"},"priority":{"type":"integer"},
       "express":{"type":"boolean"},"note":{"type":["string","null"]},"tags":{"type":"array","items":{"type":"string"}},
       "lines":{"type":"array","items":{"type":"object","properties":{"sku":{"type":"string"},"qty":{"type":"integer"},
       "price":{"type":"number"}}}}}}""";
  private static final String VALUE = """
      {"id":"o-123456","customer":"c-42","amount":129.5,"currency":"CHF","created":1764806400000,"priority":2,
       "express":true,"note":"leave at the door","tags":["gift","fragile"],
       "lines":[{"sku":"A-1","qty":2,"price":40.0},{"sku":"B-22","qty":1,"price":49.5}]}""";

  private RegistryServer server;
  private final ObjectMapper mapper = new ObjectMapper();

  private Schema avroSchema;
  private GenericRecord avroValue;
  private GenericDatumWriter<Object> avroWriter;
  private GenericDatumReader<Object> avroReader;
  private AvroSerializer avroSerializer;
  private AvroDeserializer avroDeserializer;
  private byte[] avroFramed;
  private byte[] avroRaw;

  private Descriptor protoType;
  private DynamicMessage protoValue;
  private ProtobufSerializer<Message> protoSerializer;
  private ProtobufDeserializer<Message> protoDeserializer;
  private byte[] protoFramed;
  private byte[] protoRaw;

  private JsonNode jsonValue;
  private JsonSchemaSerializer<JsonNode> jsonSerializer;
  private JsonSchemaDeserializer<JsonNode> jsonDeserializer;
  private byte[] jsonFramed;
  private byte[] jsonRaw;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = RegistryServer.start(ServerConfig.defaults().withPort(0).withDataDir(Files.createTempDirectory("treaty-bench")));
    Map<String, Object> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + server.port());

    avroSchema = new Schema.Parser().parse(AVRO);
    avroValue = avroRecord(mapper.readTree(VALUE));
    avroWriter = new GenericDatumWriter<>(avroSchema);
    avroReader = new GenericDatumReader<>(avroSchema);
    avroSerializer = new AvroSerializer();
    avroSerializer.configure(config, false);
    avroDeserializer = new AvroDeserializer();
    avroDeserializer.configure(config, false);
    avroFramed = avroSerializer.serialize(TOPIC, avroValue);
    avroRaw = avroRawEncode();

    protoType = ProtobufDescriptors.toFileDescriptor((ProtobufSchema) SchemaFormats.PROTOBUF.parse(PROTO, List.of()))
        .findMessageTypeByName("Order");
    DynamicMessage.Builder builder = DynamicMessage.newBuilder(protoType);
    JsonFormat.parser().merge(VALUE, builder);
    protoValue = builder.build();
    protoSerializer = new ProtobufSerializer<>();
    protoSerializer.configure(config, false);
    protoDeserializer = new ProtobufDeserializer<>();
    protoDeserializer.configure(config, false);
    protoFramed = protoSerializer.serialize(TOPIC + "-proto", protoValue);
    protoRaw = protoValue.toByteArray();

    jsonValue = mapper.readTree(VALUE);
    jsonSerializer = new JsonSchemaSerializer<>();
    jsonSerializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + server.port(),
        SerdeConfig.JSON_VALUE_SCHEMA, JSON_SCHEMA), false);
    jsonDeserializer = new JsonSchemaDeserializer<>();
    jsonDeserializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + server.port(),
        SerdeConfig.JSON_VALUE_TYPE, JsonNode.class.getName()), false);
    jsonFramed = jsonSerializer.serialize(TOPIC + "-json", jsonValue);
    jsonRaw = mapper.writeValueAsBytes(jsonValue);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  @Benchmark
  public byte[] avroRawEncode() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    avroWriter.write(avroValue, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  @Benchmark
  public byte[] avroSerialize() {
    return avroSerializer.serialize(TOPIC, avroValue);
  }

  @Benchmark
  public Object avroRawDecode() throws IOException {
    return avroReader.read(null, DecoderFactory.get().binaryDecoder(avroRaw, null));
  }

  @Benchmark
  public Object avroDeserialize() {
    return avroDeserializer.deserialize(TOPIC, avroFramed);
  }

  @Benchmark
  public byte[] protobufRawEncode() {
    return protoValue.toByteArray();
  }

  @Benchmark
  public byte[] protobufSerialize() {
    return protoSerializer.serialize(TOPIC + "-proto", protoValue);
  }

  @Benchmark
  public Object protobufRawDecode() throws IOException {
    return DynamicMessage.parseFrom(protoType, protoRaw);
  }

  @Benchmark
  public Object protobufDeserialize() {
    return protoDeserializer.deserialize(TOPIC + "-proto", protoFramed);
  }

  @Benchmark
  public byte[] jsonRawEncode() throws IOException {
    return mapper.writeValueAsBytes(jsonValue);
  }

  @Benchmark
  public byte[] jsonSerialize() {
    return jsonSerializer.serialize(TOPIC + "-json", jsonValue);
  }

  @Benchmark
  public Object jsonRawDecode() throws IOException {
    return mapper.readTree(jsonRaw);
  }

  @Benchmark
  public Object jsonDeserialize() {
    return jsonDeserializer.deserialize(TOPIC + "-json", jsonFramed);
  }

  private GenericRecord avroRecord(JsonNode json) {
    GenericRecord order = new GenericData.Record(avroSchema);
    for (Schema.Field field : avroSchema.getFields()) {
      JsonNode value = json.get(field.name());
      order.put(field.name(), switch (field.name()) {
        case "amount" -> value.asDouble();
        case "created" -> value.asLong();
        case "priority" -> value.asInt();
        case "express" -> value.asBoolean();
        case "tags" -> List.of(value.get(0).asText(), value.get(1).asText());
        case "lines" -> lines(field.schema().getElementType(), value);
        default -> value.asText();
      });
    }
    return order;
  }

  private static List<GenericRecord> lines(Schema lineSchema, JsonNode lines) {
    return java.util.stream.StreamSupport.stream(lines.spliterator(), false).map(json -> {
      GenericRecord line = new GenericData.Record(lineSchema);
      line.put("sku", json.get("sku").asText());
      line.put("qty", json.get("qty").asInt());
      line.put("price", json.get("price").asDouble());
      return (GenericRecord) line;
    }).toList();
  }
}
