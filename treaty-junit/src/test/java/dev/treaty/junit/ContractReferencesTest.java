package dev.treaty.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.client.ContractSnapshots;
import dev.treaty.client.RegistryClient;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractRequest;
import dev.treaty.client.model.ContractSnapshot;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.registry.testing.RunningRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract schemas that refer to other subjects (an Avro named type, a Protobuf import, a JSON
 * Schema {@code $ref}) are resolved through the registry, online and from a pulled snapshot.
 */
class ContractReferencesTest {

  private static RunningRegistry registry;
  private static RegistryClient client;

  @TempDir
  static Path dir;

  @BeforeAll
  static void publishContractsWithReferences() throws Exception {
    registry = RunningRegistry.start();
    client = RegistryClient.of(registry.url());
    client.register("money-value", RegisterSchemaRequest.of("AVRO", ReferenceSchemas.MONEY_AVRO, List.of()), false);
    client.register("money-proto", RegisterSchemaRequest.of("PROTOBUF", ReferenceSchemas.MONEY_PROTO, List.of()), false);
    client.register("address-json", RegisterSchemaRequest.of("JSON", ReferenceSchemas.ADDRESS_JSON, List.of()), false);
    ContractEntry payments = entry("payments-value", "AVRO", ReferenceSchemas.PAYMENT_AVRO, "shop.Money", "money-value");
    client.publishContract("payments", "1", new ContractRequest(List.of(payments,
        entry("transfers-value", "PROTOBUF", ReferenceSchemas.TRANSFER_PROTO, "shop/money.proto", "money-proto"),
        entry("customers-value", "JSON", ReferenceSchemas.CUSTOMER_JSON, "address.json", "address-json")), List.of()));
    // the consumer reads with the same schemas, references and all
    ContractEntry customers = entry("customers-value", "JSON", ReferenceSchemas.CUSTOMER_JSON, "address.json", "address-json");
    client.publishContract("ledger", "1", new ContractRequest(List.of(), List.of(payments, customers)));
    Path readers = Files.createDirectories(Path.of("target/test-reader"));
    Files.writeString(readers.resolve("payment.avsc"), ReferenceSchemas.PAYMENT_AVRO);
    Files.writeString(readers.resolve("transfer.proto"), ReferenceSchemas.TRANSFER_PROTO);
    Files.writeString(readers.resolve("customer.json"), ReferenceSchemas.CUSTOMER_JSON);
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  @Test
  void aProducerIsCheckedAgainstAConsumersReaderThatRefersToAnotherSubject() {
    ReferencingProducerScenario.money = ReferenceSchemas.MONEY_AVRO;

    ScenarioRun run = producer("2", "paymentIsReadableByEveryConsumer");

    assertThat(run.summary().getTestsSucceededCount()).as(run.firstFailure()).isEqualTo(1);
  }

  @Test
  void aProducersOwnSchemaReferringToAnotherSubjectIsResolvedAndWrittenToTheContractWithItsReference() throws Exception {
    ScenarioRun run = producer("4", "customerIsReadableByEveryConsumer");

    assertThat(run.summary().getTestsSucceededCount()).as(run.firstFailure()).isEqualTo(1);
    ContractRequest written = new ObjectMapper().readValue(
        Files.readString(dir.resolve("payments-4/contract.json")), ContractRequest.class);
    assertThat(written.produces()).singleElement().satisfies(entry ->
        assertThat(entry.references()).containsExactly(new SchemaReference("address.json", "address-json", 1)));
  }

  @Test
  void theReferencedSchemaIsWhatTheConsumerReadsSoAFieldDroppedInsideItFails() {
    ReferencingProducerScenario.money = ReferenceSchemas.MONEY_AVRO_WITHOUT_CURRENCY;

    ScenarioRun run = producer("3", "paymentIsReadableByEveryConsumer");

    assertThat(run.summary().getTestsFailedCount()).isEqualTo(1);
    assertThat(run.firstFailure())
        .contains("Consumer ledger 1 cannot read payments-value as this application writes it:")
        .contains("currency");
  }

  @Test
  void aConsumerIsFedSamplesOfProducersWhoseSchemasReferToOtherSubjectsInEveryFormat() {
    ScenarioRun run = consumer(Map.of());

    assertThat(run.summary().getTestsFailedCount()).as(run.firstFailure()).isZero();
    assertThat(run.summary().getTestsSucceededCount()).isEqualTo(6);
  }

  @Test
  void aPulledSnapshotHoldsTheReferencedSchemasSoTheConsumerRunsOffline() throws Exception {
    ContractSnapshot snapshot = ContractSnapshots.pull(client, registry.url(),
        List.of("payments-value", "transfers-value", "customers-value"), null);
    Path file = dir.resolve("contracts.json");
    Files.writeString(file, new ObjectMapper().writeValueAsString(snapshot));

    ScenarioRun run = consumer(Map.of("treaty.registry.url", "http://127.0.0.1:1", "treaty.contracts.file", file.toString()));

    assertThat(snapshot.referencedSchemas()).extracting(schema -> schema.subject() + ":" + schema.version())
        .containsExactly("address-json:1", "money-proto:1", "money-value:1");
    assertThat(run.summary().getTestsSucceededCount()).as(run.firstFailure()).isEqualTo(6);
  }

  private static ScenarioRun producer(String version, String test) {
    return ScenarioRun.of(selectMethod(ReferencingProducerScenario.class, test, Treaty.class.getName()),
        parameters("payments", version, Map.of()));
  }

  private static ScenarioRun consumer(Map<String, String> overrides) {
    return ScenarioRun.of(selectClass(ReferencingConsumerScenario.class), parameters("ledger", "2", overrides));
  }

  private static Map<String, String> parameters(String application, String version, Map<String, String> overrides) {
    Map<String, String> parameters = new HashMap<>(Map.of("treaty.registry.url", registry.url(),
        "treaty.application", application, "treaty.application.version", version,
        "treaty.contract.output", dir.resolve(application + "-" + version + "/contract.json").toString()));
    parameters.putAll(overrides);
    return parameters;
  }

  private static ContractEntry entry(String subject, String type, String schema, String name, String referenced) {
    return new ContractEntry(subject, type, schema, List.of(new SchemaReference(name, referenced, 1)), null, List.of());
  }
}
