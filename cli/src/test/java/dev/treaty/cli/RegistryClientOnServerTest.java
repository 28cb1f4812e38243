package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.RegistryException;
import dev.treaty.client.model.CompatibilityCheckResponse;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.RegistryEvent;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.client.model.SubjectVersion;
import dev.treaty.registry.testing.RunningRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Java client against a real Treaty server (the client module cannot depend on the server). */
class RegistryClientOnServerTest {

  private static final String V1 = """
      {"type":"record","name":"Item","namespace":"com.acme","fields":[{"name":"sku","type":"string"}]}""";
  private static final String V2_REQUIRED = """
      {"type":"record","name":"Item","namespace":"com.acme","fields":[{"name":"sku","type":"string"},\
      {"name":"qty","type":"int"}]}""";
  private static final String LINE = """
      {"type":"record","name":"Line","namespace":"com.acme","fields":[{"name":"item","type":"com.acme.Item"}]}""";

  private static RunningRegistry registry;
  private static RegistryClient client;

  @BeforeAll
  static void start() {
    registry = RunningRegistry.start();
    client = RegistryClient.of(registry.url());
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  @Test
  void looksUpARegisteredSchemaAndTheSubjectsUsingItsId() {
    String own = V1.replace("Item", "LookedUp");
    int id = client.register("lookup-a", RegisterSchemaRequest.of("AVRO", own, null), false).id();
    client.register("lookup-b", RegisterSchemaRequest.of("AVRO", own, null), false);

    Schema found = client.lookup("lookup-a", RegisterSchemaRequest.of("AVRO", own, null), false);

    assertThat(found.id()).isEqualTo(id);
    assertThat(found.version()).isEqualTo(1);
    assertThat(client.versionsOfId(id, false))
        .containsExactly(new SubjectVersion("lookup-a", 1), new SubjectVersion("lookup-b", 1));
    assertThat(client.schemaById(id).schema()).isEqualTo(found.schema());
  }

  @Test
  void reportsStructuredIncompatibilitiesOfAVersionCheck() {
    client.register("checked", RegisterSchemaRequest.of("AVRO", V1, null), false);

    CompatibilityCheckResponse response =
        client.checkCompatibility("checked", "1", RegisterSchemaRequest.of("AVRO", V2_REQUIRED, null), false, true);

    assertThat(response.isCompatible()).isFalse();
    assertThat(response.incompatibilities()).singleElement().satisfies(found -> {
      assertThat(found.ruleId()).isEqualTo("READER_FIELD_MISSING_DEFAULT_VALUE");
      assertThat(found.path()).isEqualTo("/fields/1");
    });
  }

  @Test
  void anIncompatibleRegistrationIsATypedError() {
    client.register("guarded", RegisterSchemaRequest.of("AVRO", V1, null), false);

    assertThatThrownBy(() -> client.register("guarded", RegisterSchemaRequest.of("AVRO", V2_REQUIRED, null), false))
        .isInstanceOfSatisfying(RegistryException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.isIncompatible()).isTrue();
          assertThat(e.incompatibilities()).extracting("ruleId").containsExactly("READER_FIELD_MISSING_DEFAULT_VALUE");
        });
  }

  @Test
  void findsWhoReferencesAVersion() {
    client.register("item", RegisterSchemaRequest.of("AVRO", V1, null), false);
    int line = client.register("line", RegisterSchemaRequest.of("AVRO", LINE,
        List.of(new SchemaReference("com.acme.Item", "item", 1))), false).id();

    assertThat(client.referencedBy("item", "1")).containsExactly(line);
  }

  @Test
  void readsTheSchemaTypesAndTheEventFeed() {
    client.register("evented", RegisterSchemaRequest.of("AVRO", V1, null), false);

    assertThat(client.schemaTypes()).containsExactlyInAnyOrder("AVRO", "PROTOBUF", "JSON");
    List<RegistryEvent> events = client.events(0, 1000);
    assertThat(events).anySatisfy(event -> {
      assertThat(event.type()).isEqualTo("SCHEMA_REGISTERED");
      assertThat(event.subject()).isEqualTo("evented");
    });
  }

  @Test
  void readsRawSchemaTextAndListsVersionsAcrossSubjects() {
    String own = V1.replace("Item", "Raw");
    int id = client.register("raw-a", RegisterSchemaRequest.of("AVRO", own, null), false).id();

    assertThat(client.rawSchemaById(id)).isEqualTo(client.schemaById(id).schema());
    assertThat(client.rawSchema("raw-a", "latest")).isEqualTo(client.schemaById(id).schema());
    assertThat(client.subjectsOfId(id, false)).containsExactly("raw-a");
    assertThat(client.schemas("raw-", false, true)).extracting(Schema::subject, Schema::id)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("raw-a", id));
  }

  @Test
  void findsTheLatestVersionWithGivenMetadata() throws Exception {
    String own = V1.replace("Item", "Tagged");
    var metadata = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"properties\":{\"owner\":\"billing\"}}");
    client.register("tagged", new RegisterSchemaRequest(own, "AVRO", null, metadata, null, null, null), false);

    assertThat(client.latestWithMetadata("tagged", java.util.Map.of("owner", "billing"), false).version()).isEqualTo(1);
    assertThatThrownBy(() -> client.latestWithMetadata("tagged", java.util.Map.of("owner", "sales"), false))
        .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.isNotFound()).isTrue());
  }

  @Test
  void describesTheServer() {
    assertThat(client.isReady()).isTrue();
    assertThat(client.contexts()).containsExactly(".");
    assertThat(client.serverVersion().version()).isNotBlank();
  }

  @Test
  void handlesSubjectsWithSlashesAndSpaces() {
    String subject = "google/protobuf/my item.proto";
    client.register(subject, RegisterSchemaRequest.of("AVRO", V1, null), false);

    assertThat(client.version(subject, "latest", false).subject()).isEqualTo(subject);
    assertThat(client.subjects(false)).contains(subject);
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> ids = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        String subject = "parallel-" + (i % 4);
        ids.add(pool.submit(() -> client.register(subject, RegisterSchemaRequest.of("AVRO", V1, null), false).id()));
      }
      List<Integer> distinct = new ArrayList<>();
      for (Future<Integer> id : ids) {
        distinct.add(id.get());
      }
      assertThat(distinct.stream().distinct()).hasSize(1);
      for (int i = 0; i < 4; i++) {
        assertThat(client.versions("parallel-" + i, false)).containsExactly(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
