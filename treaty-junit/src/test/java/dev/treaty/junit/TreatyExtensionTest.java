package dev.treaty.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractRequest;
import dev.treaty.registry.testing.RunningRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The producer and consumer scenarios of the issue, each run as its own JUnit run (as Surefire
 * would) against a real registry: a producer dropping a field a consumer requires fails naming
 * both; a handler that throws on a null optional fails on the sample that carries it; fixing
 * either passes, and the producer's passing run records the verification can-i-deploy wants.
 */
class TreatyExtensionTest {

  private static RunningRegistry server;
  private static RegistryClient client;
  private static String url;

  @TempDir
  static Path dir;

  @BeforeAll
  static void start() throws Exception {
    server = RunningRegistry.start();
    url = server.url();
    client = RegistryClient.of(url);
    client.publishContract("billing", "5", new ContractRequest(List.of(),
        List.of(ContractEntry.inline("orders-value", "AVRO", OrderSchemas.WITH_EMAIL))));
    client.publishContract("orders", "1", new ContractRequest(
        List.of(ContractEntry.inline("orders-value", "AVRO", OrderSchemas.WITH_EMAIL)), List.of()));
    Files.createDirectories(Path.of("target/test-reader"));
    Files.writeString(Path.of("target/test-reader/order.avsc"), OrderSchemas.WITH_EMAIL);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aProducerThatDropsARequiredFieldFailsNamingTheConsumerAndTheField() throws Exception {
    ProducerScenario.schema = OrderSchemas.WITHOUT_EMAIL;
    Path contract = dir.resolve("dropped/contract.json");

    TestExecutionSummary summary = run(ProducerScenario.class, Map.of("treaty.application", "orders",
        "treaty.application.version", "2", "treaty.contract.output", contract.toString()));

    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    assertThat(summary.getFailures().get(0).getException().getMessage())
        .startsWith("Consumer billing 5 cannot read orders-value as this application writes it:")
        .contains("email")
        .contains("Remedy:");
    assertThat(Files.readString(contract)).contains("\"subject\" : \"orders-value\"").doesNotContain("consumes\" : [ {");
  }

  @Test
  void aPassingProducerRunRecordsItsVerificationWhichCanIDeployThenTrusts() throws Exception {
    ProducerScenario.schema = OrderSchemas.WITH_EMAIL;
    client.publishContract("orders", "3", new ContractRequest(
        List.of(ContractEntry.inline("orders-value", "AVRO", OrderSchemas.WITH_EMAIL)), List.of()));
    assertThat(client.canIDeploy("orders", "3", null, true).deployable()).isFalse();

    TestExecutionSummary summary = run(ProducerScenario.class, Map.of("treaty.application", "orders",
        "treaty.application.version", "3", "treaty.verification.publish", "true",
        "treaty.contract.output", dir.resolve("verified/contract.json").toString()));

    assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
    assertThat(client.canIDeploy("orders", "3", null, true).deployable()).isTrue();
    // the event the producer's code built is the contract's example, for consumers to be fed
    ContractRequest written = new com.fasterxml.jackson.databind.ObjectMapper()
        .readValue(Files.readString(dir.resolve("verified/contract.json")), ContractRequest.class);
    assertThat(written.produces().get(0).examples()).singleElement()
        .satisfies(example -> assertThat(example.path("id").asText()).isEqualTo("o-1"));
  }

  @Test
  void aHandlerThatThrowsOnANullOptionalFailsOnTheSampleCarryingItNamingProducerAndSeed() throws Exception {
    ConsumerScenario.toleratesNullNote = false;
    Path contract = dir.resolve("consumer/contract.json");
    List<String> failed = new ArrayList<>();

    TestExecutionSummary summary = run(ConsumerScenario.class, Map.of("treaty.application", "billing",
        "treaty.contract.output", contract.toString()), failed);

    assertThat(summary.getTestsFailedCount()).isPositive();
    // sample 0 is the smallest event: its note is null
    assertThat(failed).anySatisfy(name -> assertThat(name).matches("\\[1\\] event=orders \\d+ sample 0 of seed 7"));
    // Surefire reports the message, not the display name, so the message names the event too
    assertThat(summary.getFailures()).anySatisfy(failure -> assertThat(failure.getException().getMessage())
        .matches("(?s)The test failed on orders \\d+ sample 0 of seed 7 \\(\\{.*\"note\":null\\}\\): java.lang.NullPointerException.*"));
    assertThat(Files.readString(contract)).contains("\"consumes\" : [ {");

    ConsumerScenario.toleratesNullNote = true;
    assertThat(run(ConsumerScenario.class, Map.of("treaty.application", "billing",
        "treaty.contract.output", contract.toString())).getTestsFailedCount()).isZero();
  }

  @Test
  void withoutARegistryTheContractsFileIsUsed() throws Exception {
    ConsumerScenario.toleratesNullNote = true;
    Path snapshot = dir.resolve("contracts.json");
    Files.writeString(snapshot, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
        dev.treaty.client.ContractSnapshots.pull(client, url, List.of("orders-value"), null)));

    TestExecutionSummary summary = run(ConsumerScenario.class, Map.of("treaty.application", "billing",
        "treaty.registry.url", "http://127.0.0.1:1", "treaty.contracts.file", snapshot.toString(),
        "treaty.contract.output", dir.resolve("offline/contract.json").toString()));

    assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
  }

  private static TestExecutionSummary run(Class<?> scenario, Map<String, String> parameters) {
    return run(scenario, parameters, new ArrayList<>());
  }

  private static TestExecutionSummary run(Class<?> scenario, Map<String, String> parameters, List<String> failedNames) {
    Map<String, String> all = new java.util.HashMap<>(parameters);
    all.putIfAbsent("treaty.registry.url", url);
    ScenarioRun run = ScenarioRun.of(selectClass(scenario), all);
    failedNames.addAll(run.failedNames());
    return run.summary();
  }
}
