package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.treaty.client.RegistryClient;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.registry.testing.RunningRegistry;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The asyncapi goal: the document of the local contract, offline, the same as the registry's. */
class AsyncApiGoalTest {

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();

  @Test
  void writesTheDocumentOfTheLocalContractOfflineAsYaml() throws Exception {
    AsyncApiMojo goal = goal(null, Map.of("users-value", Goals.write(dir, "user.avsc", Goals.USER_V1)),
        Map.of("staff-value", Goals.write(dir, "staff.avsc", Goals.USER_V1)));
    goal.outputFile = dir.resolve("target/treaty/accounts.yaml").toFile();
    goal.examples = Map.of("users-value", Goals.write(dir, "sent.json", "{\"id\": 3, \"name\": \"Cy\"}"));

    goal.execute();

    JsonNode document = new YAMLMapper().readTree(Files.readString(goal.outputFile.toPath()));
    assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
    assertThat(document.path("info").path("contact").path("name").asText()).isEqualTo("team-accounts");
    assertThat(document.path("info").path("version").asText()).isEqualTo("1.4.0");
    assertThat(document.path("operations").path("send-users").path("action").asText()).isEqualTo("send");
    assertThat(document.path("operations").path("receive-staff").path("action").asText()).isEqualTo("receive");
    assertThat(document.path("components").path("messages").path("users-value").path("examples").get(0)
        .path("payload").path("name").asText()).isEqualTo("Cy");
    assertThat(log.text()).isEqualTo("[INFO] Wrote the AsyncAPI document of accounts 1.4.0 to " + goal.outputFile
        + ": produces 1, consumes 1 subject(s)");
  }

  /** One generator: the build's document and the registry's, for the same contract, are the same. */
  @Test
  void theDocumentIsTheOneTheRegistryGivesForThePublishedContract() throws Exception {
    try (RunningRegistry registry = RunningRegistry.start()) {
      RegistryClient client = RegistryClient.of(registry.url());
      client.register("customers-value", RegisterSchemaRequest.of("AVRO", Goals.USER_V1, List.of()), false);
      File contract = Goals.write(dir, "target/treaty/contract.json", """
          {"produces": [{"subject": "orders-value", "schemaType": "JSON",
                         "schema": "{\\"type\\": \\"object\\", \\"properties\\": {\\"id\\": {\\"type\\": \\"string\\"}}}",
                         "examples": [{"id": "o-1"}]}],
           "consumes": [{"subject": "customers-value", "version": 1}]}""");
      AsyncApiMojo goal = goal(registry.url(), null, null);
      goal.contractFile = contract;
      goal.outputFile = dir.resolve("target/treaty/asyncapi.json").toFile();
      goal.execute();

      PublishContractMojo publish = new PublishContractMojo();
      publish.schemaRegistryUrls = List.of(registry.url());
      publish.application = "accounts";
      publish.applicationVersion = "1.4.0";
      publish.contractFile = contract;
      publish.setLog(log);
      publish.execute();
      client.describeApplication("accounts", "team-accounts", "Keeps accounts.");

      ObjectMapper json = new ObjectMapper();
      assertThat(json.readTree(goal.outputFile)).isEqualTo(json.readTree(client.asyncApi("accounts", "1.4.0", null)));
    }
  }

  @Test
  void aRegisteredVersionWithoutARegistryFailsTheBuildSayingWhy() {
    AsyncApiMojo goal = goal(null, null, null);
    goal.contractFile = Goals.write(dir, "contract.json", "{\"consumes\": [{\"subject\": \"customers-value\", \"version\": 1}]}");
    goal.outputFile = dir.resolve("asyncapi.json").toFile();

    assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("schemaRegistryUrls is required by this goal and is not configured");
    assertThat(goal.outputFile).doesNotExist();
  }

  private AsyncApiMojo goal(String registryUrl, Map<String, File> produces, Map<String, File> consumes) {
    AsyncApiMojo goal = new AsyncApiMojo();
    goal.schemaRegistryUrls = registryUrl == null ? null : List.of(registryUrl);
    goal.application = "accounts";
    goal.applicationVersion = "1.4.0";
    goal.owner = "team-accounts";
    goal.description = "Keeps accounts.";
    goal.produces = produces;
    goal.consumes = consumes;
    goal.decodeSubject = true;
    goal.setLog(log);
    return goal;
  }
}
