package dev.treaty.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.client.ContractSnapshots;
import dev.treaty.client.RegistryClient;
import dev.treaty.client.model.ContractRequest;
import dev.treaty.registry.testing.RunningRegistry;
import dev.treaty.registry.testing.SampleBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Maven builds of two applications using the extension, against one real registry: orders
 * writes orders-value and publishes the contract its tests wrote with {@code treaty:publish-contract},
 * then asks {@code treaty:can-i-deploy}; billing reads orders-value, and its contract file is
 * published as it stands by this test (billing's passing build runs offline).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractTestBuildsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static RunningRegistry registry;
  private static RegistryClient client;
  private static SampleBuild orders;
  private static SampleBuild billing;

  @TempDir
  static Path dir;

  @BeforeAll
  static void startRegistry() {
    registry = RunningRegistry.start();
    client = RegistryClient.of(registry.url());
    orders = SampleBuild.of("producer", Map.of());
    billing = SampleBuild.of("consumer", Map.of());
  }

  @AfterAll
  static void stopRegistry() {
    registry.close();
  }

  @Test
  @Order(1)
  void theProducersBuildPublishesTheContractItsTestWrote() throws Exception {
    SampleBuild.Result build = orders.run("verify", "-Dtreaty.registry.url=" + registry.url());

    assertThat(build.succeeded()).as(build.log()).isTrue();
    assertThat(build.log())
        .contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0")
        .contains("Published the contract of orders 1: produces 1, consumes 0 subject(s)")
        .contains("can-i-deploy: orders 1 can be deployed to the latest versions (0 pair(s) agree)");
    ContractRequest written = JSON.readValue(
        Files.readString(build.directory().resolve("target/treaty/contract.json")), ContractRequest.class);
    assertThat(written.produces()).singleElement().satisfies(entry -> {
      assertThat(entry.subject()).isEqualTo("orders-value");
      assertThat(entry.schema()).contains("\"email\"");
      // the event the code built is offered to consumers as the contract's example
      assertThat(entry.examples()).singleElement().hasToString(
          "{\"id\":\"o-1\",\"email\":\"ada@example.com\",\"note\":{\"string\":\"leave it with the neighbours\"}}");
    });
    assertThat(client.contract("orders", "1").produces().get(0).examples()).isEqualTo(written.produces().get(0).examples());
  }

  @Test
  @Order(2)
  void aHandlerThatThrowsOnANullOptionalFailsOnTheSampleCarryingItNamingProducerAndSeed() {
    SampleBuild.Result build = billing.run("test", "-Dbilling.release=1", "-Dtreaty.registry.url=" + registry.url());

    assertThat(build.succeeded()).as(build.log()).isFalse();
    // three events: the example from the producer's contract (it has a note), samples 0 and 1;
    // sample 0, the smallest event the schema allows, has no note
    assertThat(build.log())
        .contains("Tests run: 3, Failures: 1, Errors: 0, Skipped: 0")
        .containsPattern("The test failed on orders 1 sample 0 of seed 7 \\(\\{\"id\":[^\\n]*\"note\":null\\}\\):"
            + " java.lang.NullPointerException");
  }

  @Test
  @Order(3)
  void theFixedHandlerPassesOfflineFromAPulledSnapshot() throws Exception {
    Path snapshot = dir.resolve("contracts.json");
    Files.writeString(snapshot, JSON.writeValueAsString(
        ContractSnapshots.pull(client, registry.url(), List.of("orders-value"), null)));

    SampleBuild.Result build = billing.run("test", "-Dbilling.release=2",
        "-Dtreaty.registry.url=http://127.0.0.1:1", "-Dtreaty.contracts.file=" + snapshot);

    assertThat(build.succeeded()).as(build.log()).isTrue();
    assertThat(build.log())
        .contains("[treaty] The registry at http://127.0.0.1:1 cannot be reached; using the contracts in " + snapshot)
        .contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0");
    ContractRequest contract = publish(build, "billing", "2");
    assertThat(contract.consumes()).singleElement().satisfies(entry -> assertThat(entry.subject()).isEqualTo("orders-value"));
  }

  @Test
  @Order(4)
  void aProducerThatDropsAFieldTheConsumerRequiresFailsNamingConsumerRulePathAndRemedy() {
    SampleBuild.Result build = orders.run("verify", "-Dorders.release=2", "-Dtreaty.registry.url=" + registry.url());

    assertThat(build.succeeded()).as(build.log()).isFalse();
    assertThat(build.log())
        .contains("Tests run: 1, Failures: 1, Errors: 0, Skipped: 0")
        .containsPattern("Consumer billing 2 cannot read orders-value as this application writes it:"
            + " READER_FIELD_MISSING_DEFAULT_VALUE at /fields/1: [^\\n]*email[^\\n]*"
            + " Remedy: keep writing what billing reads \\(or have billing release a reader schema that no longer needs it\\)")
        .doesNotContain("Published the contract");
  }

  @Test
  @Order(5)
  void withoutAVerificationResultCanIDeployFailsTheProducersBuild() {
    SampleBuild.Result build = orders.run("verify", "-Dorders.release=1", "-Dtreaty.registry.url=" + registry.url());

    assertThat(build.succeeded()).as(build.log()).isFalse();
    assertThat(build.log())
        .contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0")
        .contains("can-i-deploy: orders 1 cannot be deployed to the latest versions: 0 of 1 pair(s) fail,"
            + " 1 application pair(s) lack a passing verification")
        .contains("orders 1 -> billing 2: verification MISSING");
  }

  @Test
  @Order(6)
  void theProducersTestsRecordTheVerificationThatLetsCanIDeployPass() {
    SampleBuild.Result build = orders.run("verify", "-Dorders.release=1", "-Dtreaty.verification.publish=true",
        "-Dtreaty.registry.url=" + registry.url());

    assertThat(build.succeeded()).as(build.log()).isTrue();
    assertThat(build.log())
        .contains("[treaty] Recorded: orders 1 verified against billing 2: passed")
        .contains("can-i-deploy: orders 1 can be deployed to the latest versions (1 pair(s) agree)");
    assertThat(client.canIDeploy("orders", "1", null, true).deployable()).isTrue();
  }

  /** Publishes the build's contract file as it stands, as {@code treaty:publish-contract} would. */
  private static ContractRequest publish(SampleBuild.Result build, String application, String version) throws Exception {
    Path file = build.directory().resolve("target/treaty/contract.json");
    assertThat(file).exists();
    ContractRequest contract = JSON.readValue(Files.readString(file), ContractRequest.class);
    client.publishContract(application, version, contract);
    return contract;
  }
}
