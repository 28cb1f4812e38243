package dev.treaty.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import dev.treaty.client.model.ConfigUpdateRequest;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.kafka.avro.AvroDeserializer;
import dev.treaty.kafka.avro.AvroSerializer;
import dev.treaty.kafka.json.JsonSchemaDeserializer;
import dev.treaty.kafka.json.JsonSchemaSerializer;
import dev.treaty.kafka.protobuf.ProtobufDeserializer;
import dev.treaty.kafka.protobuf.ProtobufSerializer;
import dev.treaty.registry.testing.RunningRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Producers and consumers on a real broker (KRaft, in this JVM) through Treaty's serdes and a real
 * Treaty server: schema evolution, auto-registration on and off, the subject name strategies, the
 * dead-letter path and envelope headers. One broker and one registry for the whole class.
 */
@Timeout(180)
class BrokerEndToEndTest {

  private static RunningBroker broker;
  private static RunningRegistry registry;

  @BeforeAll
  static void start() throws Exception {
    broker = RunningBroker.start();
    registry = RunningRegistry.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (registry != null) {
      registry.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void aConsumerOnV1ReadsV2EventsAndAConsumerOnV2ReadsV1EventsUnderBackward() throws Exception {
    String topic = "orders-evolution";
    broker.createTopics(topic);
    registry.client().updateConfig(topic + "-value", new ConfigUpdateRequest("BACKWARD", null, null, null, null, null, null, null, null, null, null));
    send(topic, new AvroSerializer(), Map.of(), List.of(Fixtures.order(Fixtures.ORDER_V1, "o-1", 10), Fixtures.order(Fixtures.ORDER_V2, "o-2", 20)));

    List<Object> onV1 = receive(topic, new AvroDeserializer(), Map.of(SerdeConfig.AVRO_VALUE_READER_SCHEMA, Fixtures.ORDER_V1.toString()), 2);
    assertThat(onV1).extracting(Object::toString).containsExactly(
        "{\"id\": \"o-1\", \"amount\": 10.0}", "{\"id\": \"o-2\", \"amount\": 20.0}");
    List<Object> onV2 = receive(topic, new AvroDeserializer(), Map.of(SerdeConfig.AVRO_VALUE_READER_SCHEMA, Fixtures.ORDER_V2.toString()), 2);
    assertThat(onV2).extracting(Object::toString).containsExactly(
        "{\"id\": \"o-1\", \"amount\": 10.0, \"currency\": \"EUR\"}", "{\"id\": \"o-2\", \"amount\": 20.0, \"currency\": \"CHF\"}");
    assertThat(registry.client().versions(topic + "-value", false)).containsExactly(1, 2);

    try (KafkaProducer<String, Object> producer = producer(new AvroSerializer(), Map.of())) {
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, Fixtures.order(Fixtures.ORDER_V3, "o-3", 30))))
          .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.SCHEMA_REFUSED))
          .hasMessageContaining("409");
    }
  }

  @Test
  void withAutoRegistrationOffTheProducerUsesWhatIsRegisteredAndRefusesWhatIsNot() throws Exception {
    String topic = "orders-no-auto";
    broker.createTopics(topic);
    Map<String, Object> noAuto = Map.of(SerdeConfig.AUTO_REGISTER_SCHEMAS, false);
    try (KafkaProducer<String, Object> producer = producer(new AvroSerializer(), noAuto)) {
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, Fixtures.order(Fixtures.ORDER_V1, "o-1", 1))))
          .isInstanceOfSatisfying(SerdeException.class,
              e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.SCHEMA_NOT_REGISTERED));
    }
    int id = registry.client().register(topic + "-value", RegisterSchemaRequest.of("AVRO", Fixtures.ORDER_V1.toString(), List.of()), false).id();
    send(topic, new AvroSerializer(), noAuto, List.of(Fixtures.order(Fixtures.ORDER_V1, "o-1", 1)));
    Map<String, Object> latest = Map.of(SerdeConfig.AUTO_REGISTER_SCHEMAS, false, SerdeConfig.USE_LATEST_VERSION, true);
    send(topic, new AvroSerializer(), latest, List.of(Fixtures.order(Fixtures.ORDER_V1, "o-2", 2)));

    List<ConsumerRecord<byte[], byte[]>> raw = receiveRaw(topic, 2);
    assertThat(raw).allSatisfy(record -> assertThat(schemaIdOf(record.value())).isEqualTo(id));
    assertThat(registry.client().versions(topic + "-value", false)).containsExactly(1);
  }

  @Test
  void theThreeSubjectNameStrategiesNameTheSubjectsTheirWay() throws Exception {
    Descriptor parcel = Fixtures.message("Shipment.Parcel");
    DynamicMessage value = DynamicMessage.newBuilder(parcel).setField(parcel.findFieldByName("sku"), "A-1")
        .setField(parcel.findFieldByName("weight"), 7).build();
    Map<String, String> expected = Map.of(
        "TopicNameStrategy", "parcels-topic-value",
        "io.confluent.kafka.serializers.subject.RecordNameStrategy", "dev.treaty.shop.Shipment.Parcel",
        TopicRecordNameStrategy.class.getName(), "parcels-topic-record-dev.treaty.shop.Shipment.Parcel");
    Map<String, String> topics = Map.of(
        "TopicNameStrategy", "parcels-topic",
        "io.confluent.kafka.serializers.subject.RecordNameStrategy", "parcels-record",
        TopicRecordNameStrategy.class.getName(), "parcels-topic-record");
    for (Map.Entry<String, String> strategy : topics.entrySet()) {
      String topic = strategy.getValue();
      broker.createTopics(topic);
      Map<String, Object> config = Map.of(SerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, strategy.getKey());
      send(topic, new ProtobufSerializer<Message>(), config, List.of(value));
      List<Object> read = receive(topic, new ProtobufDeserializer<Message>(), config, 1);
      assertThat(read).extracting(Object::toString).containsExactly(value.toString());
      List<ConsumerRecord<byte[], byte[]>> raw = receiveRaw(topic, 1);
      // message indexes [1, 0]: Parcel is the first message nested in the second top-level one
      assertThat(hex(raw.get(0).value()).substring(10, 16)).isEqualTo("040200");
    }
    assertThat(registry.client().subjects(false)).containsAll(expected.values());
  }

  @Test
  void poisonRecordsGoToTheDeadLetterTopicWithTheirReasonAndTheConsumerGoesOn() throws Exception {
    String topic = "invoices";
    broker.createTopics(topic, topic + ".dlq");
    ObjectMapper json = new ObjectMapper();
    JsonNode good = json.readTree("{\"number\":\"I-1\",\"total\":12.5}");
    JsonNode invalid = json.readTree("{\"number\":\"I-2\",\"total\":\"twelve\"}");
    Map<String, Object> withSchema = Map.of(SerdeConfig.JSON_VALUE_SCHEMA, Fixtures.JSON_SCHEMA);
    send(topic, new JsonSchemaSerializer<JsonNode>(), withSchema, List.of(good));
    int id = schemaIdOf(receiveRaw(topic, 1).get(0).value());
    byte[] unknownId = new byte[] {0, 0, 0x0F, 0x42, 0x3F, '{', '}'};
    byte[] invalidFramed = frame(id, json.writeValueAsBytes(invalid));
    try (KafkaProducer<byte[], byte[]> raw = rawProducer()) {
      raw.send(new ProducerRecord<>(topic, "not framed at all".getBytes(StandardCharsets.UTF_8))).get();
      raw.send(new ProducerRecord<>(topic, unknownId)).get();
      ProducerRecord<byte[], byte[]> withHeader = new ProducerRecord<>(topic, invalidFramed);
      withHeader.headers().add("trace", "t-1".getBytes(StandardCharsets.UTF_8));
      raw.send(withHeader).get();
    }
    send(topic, new JsonSchemaSerializer<JsonNode>(), withSchema, List.of(json.readTree("{\"number\":\"I-3\",\"total\":1}")));

    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    List<Object> decoded = new ArrayList<>();
    Map<String, Object> consumerConfig = Map.of(SerdeConfig.JSON_FAIL_INVALID_SCHEMA, true,
        SerdeConfig.JSON_VALUE_TYPE, JsonNode.class.getName());
    try (KafkaProducer<byte[], byte[]> dlqProducer = rawProducer();
        KafkaConsumer<String, Object> consumer = consumer(new JsonSchemaDeserializer<>(), consumerConfig)) {
      consumer.subscribe(List.of(topic));
      DeadLetters deadLetters = DeadLetters.to(dlqProducer).meters(meters);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (decoded.size() < 2 && System.nanoTime() < deadline) {
        deadLetters.poll(consumer, Duration.ofMillis(200)).forEach(record -> decoded.add(record.value()));
      }
    }
    assertThat(decoded).extracting(Object::toString)
        .containsExactly("{\"number\":\"I-1\",\"total\":12.5}", "{\"number\":\"I-3\",\"total\":1}");

    List<ConsumerRecord<byte[], byte[]>> letters = receiveRaw(topic + ".dlq", 3);
    assertThat(letters).extracting(letter -> header(letter, DeadLetters.REASON))
        .containsExactly("UNKNOWN_MAGIC_BYTE", "UNKNOWN_SCHEMA_ID", "PAYLOAD_REJECTED");
    assertThat(letters).extracting(letter -> header(letter, DeadLetters.OFFSET)).containsExactly("1", "2", "3");
    assertThat(letters.get(0).value()).asString(StandardCharsets.UTF_8).isEqualTo("not framed at all");
    assertThat(letters.get(1).value()).isEqualTo(unknownId);
    assertThat(letters.get(2).value()).isEqualTo(invalidFramed);
    assertThat(header(letters.get(2), "trace")).isEqualTo("t-1");
    assertThat(header(letters.get(2), DeadLetters.MESSAGE)).contains("/total");
    assertThat(header(letters.get(2), DeadLetters.TOPIC)).isEqualTo(topic);
    assertThat(meters.counter(DeadLetters.METER, "topic", topic, "reason", "PAYLOAD_REJECTED").count()).isEqualTo(1.0);
    assertThat(meters.find(DeadLetters.METER).counters()).hasSize(3);
  }

  @Test
  void anIncompatibleWriterSchemaIsADeadLetterToo() throws Exception {
    String topic = "orders-incompatible";
    broker.createTopics(topic, topic + ".dlq");
    send(topic, new AvroSerializer(), Map.of(), List.of(Fixtures.order(Fixtures.ORDER_V1, "o-1", 1)));
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    // a consumer on v3 needs `priority`, which v1 records lack and v3 gives no default for
    Map<String, Object> onV3 = Map.of(SerdeConfig.AVRO_VALUE_READER_SCHEMA, Fixtures.ORDER_V3.toString());
    try (KafkaProducer<byte[], byte[]> dlqProducer = rawProducer();
        KafkaConsumer<String, Object> consumer = consumer(new AvroDeserializer(), onV3)) {
      consumer.subscribe(List.of(topic));
      DeadLetters deadLetters = DeadLetters.to(dlqProducer).meters(meters);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (meters.find(DeadLetters.METER).counters().isEmpty() && System.nanoTime() < deadline) {
        assertThat(deadLetters.poll(consumer, Duration.ofMillis(200))).isEmpty();
      }
    }
    assertThat(receiveRaw(topic + ".dlq", 1)).extracting(letter -> header(letter, DeadLetters.REASON))
        .containsExactly("INCOMPATIBLE_WRITER_SCHEMA");
  }

  @Test
  void theEnvelopeTravelsInCloudEventsHeaders() throws Exception {
    String topic = "orders-envelope";
    broker.createTopics(topic);
    Map<String, Object> envelope = Map.of(SerdeConfig.ENVELOPE_ENABLED, true, SerdeConfig.ENVELOPE_SOURCE, "/shop",
        SerdeConfig.ENVELOPE_ID_FIELD, "id", SerdeConfig.ENVELOPE_CORRELATION_FIELD, "currency");
    send(topic, new AvroSerializer(), envelope, List.of(Fixtures.order(Fixtures.ORDER_V2, "o-9", 9)));
    ConsumerRecord<byte[], byte[]> record = receiveRaw(topic, 1).get(0);
    Envelope read = Envelope.from(record.headers()).orElseThrow();
    assertThat(read.id()).isEqualTo("o-9");
    assertThat(read.source()).isEqualTo("/shop");
    assertThat(read.type()).isEqualTo("dev.treaty.shop.Order");
    assertThat(read.correlationId()).isEqualTo("CHF");
    assertThat(read.time()).isNotNull();
    assertThat(header(record, Envelope.SPEC_VERSION)).isEqualTo("1.0");
  }

  private static <V> void send(String topic, Serializer<V> serializer, Map<String, Object> config, List<? extends V> values)
      throws Exception {
    try (KafkaProducer<String, V> producer = producer(serializer, config)) {
      for (V value : values) {
        producer.send(new ProducerRecord<>(topic, value)).get();
      }
    }
  }

  private static <V> KafkaProducer<String, V> producer(Serializer<V> serializer, Map<String, Object> config) {
    Map<String, Object> settings = serdeConfig(config);
    settings.putAll(Map.of("bootstrap.servers", broker.bootstrapServers(), "linger.ms", 0));
    serializer.configure(settings, false);
    return new KafkaProducer<>(settings, new StringSerializer(), serializer);
  }

  private static KafkaProducer<byte[], byte[]> rawProducer() {
    return new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static <V> KafkaConsumer<String, V> consumer(Deserializer<V> deserializer, Map<String, Object> config) {
    Map<String, Object> settings = serdeConfig(config);
    settings.putAll(Map.of("bootstrap.servers", broker.bootstrapServers(), "group.id", "g-" + System.nanoTime(),
        "auto.offset.reset", "earliest", "enable.auto.commit", false));
    deserializer.configure(settings, false);
    return new KafkaConsumer<>(settings, new StringDeserializer(), deserializer);
  }

  private static Map<String, Object> serdeConfig(Map<String, Object> config) {
    Map<String, Object> settings = new HashMap<>(config);
    settings.put(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    return settings;
  }

  @SuppressWarnings("unchecked")
  private static <V> List<Object> receive(String topic, Deserializer<V> deserializer, Map<String, Object> config, int count) {
    try (KafkaConsumer<String, V> consumer = consumer(deserializer, config)) {
      return (List<Object>) poll(consumer, topic, count, ConsumerRecord::value);
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> receiveRaw(String topic, int count) {
    Properties settings = broker.clientProperties();
    settings.putAll(Map.of("group.id", "raw-" + System.nanoTime(), "auto.offset.reset", "earliest"));
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      return poll(consumer, topic, count, record -> record);
    }
  }

  private static <K, V, R> List<R> poll(KafkaConsumer<K, V> consumer, String topic, int count, Function<ConsumerRecord<K, V>, R> map) {
    consumer.subscribe(List.of(topic));
    List<R> received = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (received.size() < count && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(200)).forEach(record -> received.add(map.apply(record)));
    }
    assertThat(received).as("records on " + topic).hasSize(count);
    return received;
  }

  private static int schemaIdOf(byte[] value) {
    return java.nio.ByteBuffer.wrap(value, 1, 4).getInt();
  }

  private static byte[] frame(int id, byte[] payload) {
    return java.nio.ByteBuffer.allocate(5 + payload.length).put((byte) 0).putInt(id).put(payload).array();
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  static String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes);
  }
}
