package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.model.Contract;
import dev.treaty.client.model.RegistryEvent;
import dev.treaty.registry.testing.RunningRegistry;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish-contract and can-i-deploy against a real registry, configured as Maven would. */
class ContractGoalsTest {

  private static final String USER_WITH_EMAIL = """
      {"type": "record", "name": "User", "namespace": "acme",
       "fields": [{"name": "id", "type": "long"}, {"name": "email", "type": "string"}]}""";

  @TempDir
  Path dir;

  private RunningRegistry registry;
  private RegistryClient client;
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void start() {
    registry = RunningRegistry.start();
    client = RegistryClient.of(registry.url());
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  @Test
  void publishesTheProducedAndConsumedSchemasWithExamplesFromAFolder() throws Exception {
    Goals.write(dir, "examples/b.json", "{\"id\": 2, \"name\": \"Bo\"}");
    Goals.write(dir, "examples/a.json", "{\"id\": 1, \"name\": \"Al\"}");
    Goals.write(dir, "examples/notes.txt", "not an example");
    PublishContractMojo goal = publish("accounts", "1.4.0",
        Map.of("users_x3Avalue", Goals.write(dir, "user.avsc", Goals.USER_V1)),
        Map.of("staff-value", Goals.write(dir, "staff.avsc", Goals.USER_V1)));
    // on the produced subject, an event the application sends
    goal.examples = Map.of("staff-value", dir.resolve("examples").toFile(),
        "users_x3Avalue", Goals.write(dir, "sent.json", "{\"id\": 3, \"name\": \"Cy\"}"));

    goal.execute();

    Contract contract = client.contract("accounts", "1.4.0");
    assertThat(contract.produces()).singleElement().satisfies(entry -> {
      assertThat(entry.subject()).isEqualTo("users:value");
      assertThat(entry.schemaType()).isEqualTo("AVRO");
      assertThat(entry.examples()).hasToString("[{\"id\":3,\"name\":\"Cy\"}]");
    });
    assertThat(contract.consumes().get(0).examples()).hasToString("[{\"id\":1,\"name\":\"Al\"}, {\"id\":2,\"name\":\"Bo\"}]");
    assertThat(log.text()).isEqualTo("[INFO] Published the contract of accounts 1.4.0: produces 1, consumes 1 subject(s)");
  }

  @Test
  void aDifferentContractForAPublishedVersionFailsTheBuild() throws Exception {
    publish("accounts", "1", Map.of("users-value", Goals.write(dir, "user.avsc", Goals.USER_V1)), null).execute();
    PublishContractMojo changed = publish("accounts", "1",
        Map.of("users-value", Goals.write(dir, "user2.avsc", Goals.USER_WITHOUT_NAME)), null);

    assertThatThrownBy(changed::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("The contract of accounts 1 was not published: Application accounts version 1 already has a"
            + " different contract; contracts are immutable, publish a new version");
  }

  @Test
  void canIDeployFailsTheBuildWithTheFailingPairs() throws Exception {
    publish("accounts", "2", Map.of("users-value", Goals.write(dir, "user.avsc", Goals.USER_V1)), null).execute();
    publish("mailer", "1", null, Map.of("users-value", Goals.write(dir, "mail.avsc", USER_WITH_EMAIL))).execute();
    publish("search", "1", null, Map.of("users-value", Goals.write(dir, "search.avsc", Goals.USER_V1))).execute();
    client.recordDeployment("prod", "mailer", "1");
    client.recordDeployment("prod", "search", "1");

    assertThatThrownBy(canIDeploy("accounts", "2", "prod")::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("""
            can-i-deploy: accounts 2 cannot be deployed to prod: 1 of 2 pair(s) fail
            users-value: accounts 2 -> mailer 1:
              - READER_FIELD_MISSING_DEFAULT_VALUE at /fields/1: Field `email` was added without a default.""");
    assertThat(log.text()).contains("[INFO] users-value: accounts 2 -> search 1: agrees");
    assertThat(client.events(0, 1000)).noneMatch(e -> e.type().startsWith("CAN_I_DEPLOY"));
  }

  /** The build that gates a deployment keeps its answer in the registry's events, with its CI run. */
  @Test
  void aRecordingCanIDeployLeavesItsVerdictInTheEvents() throws Exception {
    publish("accounts", "2", Map.of("users-value", Goals.write(dir, "user.avsc", Goals.USER_V1)), null).execute();
    publish("mailer", "1", null, Map.of("users-value", Goals.write(dir, "mail.avsc", USER_WITH_EMAIL))).execute();
    client.recordDeployment("prod", "mailer", "1");
    CanIDeployMojo goal = canIDeploy("accounts", "2", "prod");
    goal.record = true;
    goal.buildUrl = "https://ci.example/job/accounts/12";

    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class);

    List<RegistryEvent> recorded = client.events(0, 1000).stream().filter(e -> e.type().startsWith("CAN_I_DEPLOY")).toList();
    assertThat(recorded).singleElement().satisfies(event -> {
      assertThat(event.type()).isEqualTo("CAN_I_DEPLOY_FAILED");
      assertThat(event.detail()).containsEntry("application", "accounts").containsEntry("version", "2")
          .containsEntry("environment", "prod").containsEntry("buildUrl", "https://ci.example/job/accounts/12");
    });
  }

  @Test
  void canIDeployPassesAgainstTheLatestVersionsAndNeedsATarget() throws Exception {
    publish("accounts", "2", Map.of("users-value", Goals.write(dir, "user.avsc", Goals.USER_V1)), null).execute();
    publish("search", "1", null, Map.of("users-value", Goals.write(dir, "search.avsc", Goals.USER_V1))).execute();
    CanIDeployMojo latest = canIDeploy("accounts", "2", null);
    latest.toLatest = true;

    latest.execute();

    assertThat(log.text()).endsWith("[INFO] can-i-deploy: accounts 2 can be deployed to the latest versions"
        + " (1 pair(s) agree)");
    assertThatThrownBy(canIDeploy("accounts", "2", null)::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("can-i-deploy needs either environment or toLatest");
  }

  @Test
  void theContractTheTestsWroteIsPublishedAsItStandsAndCanIDeployThenWantsItsVerification() throws Exception {
    String written = "{\"produces\":[{\"subject\":\"users-value\",\"schemaType\":\"AVRO\",\"schema\":"
        + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Goals.USER_V1) + "}]}";
    PublishContractMojo fromTests = publish("accounts", "3", null, null);
    fromTests.contractFile = Goals.write(dir, "target/treaty/contract.json", written);
    fromTests.execute();
    publish("search", "1", null, Map.of("users-value", Goals.write(dir, "search.avsc", Goals.USER_V1))).execute();

    assertThat(client.contract("accounts", "3").produces()).singleElement()
        .satisfies(entry -> assertThat(entry.subject()).isEqualTo("users-value"));
    CanIDeployMojo verified = canIDeploy("accounts", "3", null);
    verified.toLatest = true;
    verified.requireVerification = true;
    assertThatThrownBy(verified::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("accounts 3 -> search 1: verification MISSING");
    client.recordVerification(dev.treaty.client.model.VerificationResult.of("accounts", "3", "search", "1", true));
    verified.execute();
    assertThat(log.text()).endsWith("[INFO] can-i-deploy: accounts 3 can be deployed to the latest versions (1 pair(s) agree)");

    PublishContractMojo twice = publish("accounts", "4", Map.of("users-value", Goals.write(dir, "user.avsc", Goals.USER_V1)), null);
    twice.contractFile = fromTests.contractFile;
    assertThatThrownBy(twice::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("declared twice");
  }

  private PublishContractMojo publish(String application, String version, Map<String, File> produces,
      Map<String, File> consumes) {
    PublishContractMojo goal = new PublishContractMojo();
    goal.schemaRegistryUrls = List.of(registry.url());
    goal.application = application;
    goal.applicationVersion = version;
    goal.produces = produces;
    goal.consumes = consumes;
    goal.decodeSubject = true;
    goal.setLog(log);
    return goal;
  }

  private CanIDeployMojo canIDeploy(String application, String version, String environment) {
    CanIDeployMojo goal = new CanIDeployMojo();
    goal.schemaRegistryUrls = List.of(registry.url());
    goal.application = application;
    goal.applicationVersion = version;
    goal.environment = environment;
    goal.failOnIncompatible = true;
    goal.setLog(log);
    return goal;
  }
}
