package dev.treaty.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.kafka.avro.AvroDeserializer;
import dev.treaty.kafka.avro.AvroSerializer;
import dev.treaty.registry.testing.RunningRegistry;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the serdes ask the registry and when: once per new schema, never per record; through the
 * client's fail-over; and the id-choosing keys (auto-registration, a fixed id, the latest version)
 * with their local compatibility checks.
 */
class RegistryCallsTest {

  private static RunningRegistry shared;

  @BeforeAll
  static void start() {
    shared = RunningRegistry.start();
  }

  @AfterAll
  static void stop() {
    shared.close();
  }

  @Test
  void theRegistryIsAskedOncePerSchemaSoKnownSchemasKeepFlowingWhenItIsDown() {
    AvroSerializer serializer = new AvroSerializer();
    AvroDeserializer deserializer = new AvroDeserializer();
    byte[] first;
    try (RunningRegistry registry = RunningRegistry.start()) {
      Map<String, Object> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url(), SerdeConfig.MAX_RETRIES, 0);
      serializer.configure(config, false);
      deserializer.configure(config, false);
      first = serializer.serialize("orders", Fixtures.order(Fixtures.ORDER_V1, "o-1", 1));
      deserializer.deserialize("orders", first);
    }
    for (int i = 0; i < 100; i++) {
      byte[] bytes = serializer.serialize("orders", Fixtures.order(Fixtures.ORDER_V1, "o-" + i, i));
      assertThat(deserializer.deserialize("orders", bytes).toString()).contains("\"o-" + i + "\"");
    }
    assertThatThrownBy(() -> serializer.serialize("orders", Fixtures.order(Fixtures.ORDER_V2, "o-x", 1)))
        .as("a new schema needs the registry; its absence is retriable, not a poison record")
        .isInstanceOf(TimeoutException.class);
  }

  @Test
  void theSubjectStrategyIsAskedOncePerTopicAndSchemaNotPerRecord() {
    List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    SubjectNameStrategy counting = (topic, isKey, recordName) -> {
      asked.add(topic + "/" + recordName);
      return topic + "-value";
    };
    AvroSerializer serializer = new AvroSerializer();
    serializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, shared.url(), SerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, counting), false);
    for (int i = 0; i < 10; i++) {
      serializer.serialize("asked-a", Fixtures.order(Fixtures.ORDER_V1, "o-" + i, i));
      serializer.serialize("asked-b", Fixtures.order(Fixtures.ORDER_V1, "o-" + i, i));
      serializer.serialize("asked-a", Fixtures.order(Fixtures.ORDER_V2, "o-" + i, i));
    }
    assertThat(asked).containsExactly("asked-a/dev.treaty.shop.Order", "asked-b/dev.treaty.shop.Order",
        "asked-a/dev.treaty.shop.Order");
  }

  @Test
  void theClientFailsOverToTheNextRegistryUrl() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    RunningRegistry registry = shared;
    AvroSerializer serializer = new AvroSerializer();
    serializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + closedPort + "," + registry.url(),
        SerdeConfig.MAX_RETRIES, 0), false);
    byte[] bytes = serializer.serialize("failover", Fixtures.order(Fixtures.ORDER_V1, "o-1", 1));
    assertThat(idOf(bytes)).isEqualTo(registry.client().version("failover-value", "1", false).id());
  }

  @Test
  void aFixedIdIsUsedOnlyWhenItsSchemaCanReadTheValueUnlessTheCheckIsOff() {
    RunningRegistry registry = shared;
    int v3 = registry.client().register("other", RegisterSchemaRequest.of("AVRO", Fixtures.ORDER_V3.toString(), List.of()), false).id();
    int v2 = registry.client().register("fixed-value", RegisterSchemaRequest.of("AVRO", Fixtures.ORDER_V2.toString(), List.of()), false).id();
    Map<String, Object> fixed = new HashMap<>(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url(),
        SerdeConfig.AUTO_REGISTER_SCHEMAS, false, SerdeConfig.USE_SCHEMA_ID, v2));
    assertThat(idOf(serialize(fixed, Fixtures.order(Fixtures.ORDER_V1, "o-1", 1)))).isEqualTo(v2);

    fixed.put(SerdeConfig.USE_SCHEMA_ID, v3);
    assertThatThrownBy(() -> serialize(fixed, Fixtures.order(Fixtures.ORDER_V1, "o-1", 1)))
        .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.SCHEMA_REFUSED))
        .hasMessageContaining("id.compatibility.strict=false");
    fixed.put(SerdeConfig.ID_COMPATIBILITY_STRICT, "false");
    assertThatThrownBy(() -> serialize(fixed, Fixtures.order(Fixtures.ORDER_V1, "o-1", 1)))
        .as("without the check the value is written in v3's layout, where `priority` has no default")
        .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.PAYLOAD_REJECTED))
        .hasMessageContaining("priority");
  }

  @Test
  void theLatestVersionIsUsedOnlyWhenItCanReadTheValueUnlessTheCheckIsOff() {
    RunningRegistry registry = shared;
    registry.client().register("latest-value", RegisterSchemaRequest.of("AVRO", Fixtures.ORDER_V1.toString(), List.of()), false);
    int latest = registry.client().register("latest-value", RegisterSchemaRequest.of("AVRO", Fixtures.ORDER_V2.toString(), List.of()), false).id();
    Map<String, Object> useLatest = new HashMap<>(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url(),
        SerdeConfig.AUTO_REGISTER_SCHEMAS, false, SerdeConfig.USE_LATEST_VERSION, true));
    assertThat(idOf(serialize(useLatest, "latest", Fixtures.order(Fixtures.ORDER_V2, "o-1", 1)))).isEqualTo(latest);
    // A v1 value goes out in the latest (v2) layout, so readers of the id in the prefix read it right.
    byte[] v1AsLatest = serialize(useLatest, "latest", Fixtures.order(Fixtures.ORDER_V1, "o-2", 2));
    assertThat(idOf(v1AsLatest)).isEqualTo(latest);
    AvroDeserializer reader = new AvroDeserializer();
    reader.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
    assertThat(reader.deserialize("latest", v1AsLatest).toString())
        .isEqualTo("{\"id\": \"o-2\", \"amount\": 2.0, \"currency\": \"EUR\"}");
    registry.client().register("strict-value", RegisterSchemaRequest.of("AVRO", Fixtures.ORDER_V3.toString(), List.of()), false);
    assertThatThrownBy(() -> serialize(useLatest, "strict", Fixtures.order(Fixtures.ORDER_V1, "o-1", 1)))
        .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.SCHEMA_REFUSED))
        .hasMessageContaining("latest.compatibility.strict=false");
    useLatest.put(SerdeConfig.LATEST_COMPATIBILITY_STRICT, false);
    assertThatThrownBy(() -> serialize(useLatest, "strict", Fixtures.order(Fixtures.ORDER_V1, "o-1", 1)))
        .as("without the check the value still has to fit the latest layout, and v3's `priority` has no default")
        .isInstanceOfSatisfying(SerdeException.class, e -> assertThat(e.reason()).isEqualTo(SerdeException.Reason.PAYLOAD_REJECTED))
        .hasMessageContaining("priority");
  }

  private static byte[] serialize(Map<String, Object> config, Object value) {
    return serialize(config, "fixed", value);
  }

  private static byte[] serialize(Map<String, Object> config, String topic, Object value) {
    AvroSerializer serializer = new AvroSerializer();
    serializer.configure(config, false);
    return serializer.serialize(topic, value);
  }

  private static int idOf(byte[] bytes) {
    return ByteBuffer.wrap(bytes, 1, 4).getInt();
  }
}
