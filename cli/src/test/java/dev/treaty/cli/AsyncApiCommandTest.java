package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** contract describe and asyncapi: an application's owner and description, and its AsyncAPI document. */
class AsyncApiCommandTest extends RegistryCliTest {

  @Test
  void theDocumentOfAVersionIsWrittenAsYamlWithTheOwnerAndDescriptionSet() throws Exception {
    assertThat(cli.run("contract", "publish", "signup", "1.4", "--produces", "users-value=user-v1.avsc").exitCode()).isZero();
    Cli.Result described = cli.run("contract", "describe", "signup", "--owner", "team-identity",
        "--description", "Signs users up.");
    assertThat(described.exitCode()).isZero();
    assertThat(described.out()).contains("owner        team-identity");

    Cli.Result written = cli.run("asyncapi", "signup", "--version", "1.4", "--to", "docs/signup.yaml", "--yaml");

    assertThat(written.exitCode()).isZero();
    assertThat(written.out()).isEqualTo("Wrote the AsyncAPI document of signup 1.4 to docs/signup.yaml\n");
    JsonNode document = new YAMLMapper().readTree(Files.readString(dir.resolve("docs/signup.yaml")));
    assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
    assertThat(document.path("info").path("version").isTextual()).isTrue();
    assertThat(document.path("info").path("contact").path("name").asText()).isEqualTo("team-identity");
    assertThat(document.path("info").path("description").asText()).isEqualTo("Signs users up.");
    assertThat(document.path("operations").path("send-users").path("action").asText()).isEqualTo("send");
  }

  @Test
  void theDocumentOfTheDeployedVersionIsPrintedAsJson() throws Exception {
    assertThat(cli.run("contract", "publish", "mailer", "3", "--consumes", "mails-value=user-v1.avsc").exitCode()).isZero();
    assertThat(cli.run("deploy", "record", "mailer", "3", "staging").exitCode()).isZero();

    Cli.Result printed = cli.run("asyncapi", "mailer", "--env", "staging");

    assertThat(printed.exitCode()).isZero();
    JsonNode document = new ObjectMapper().readTree(printed.out());
    assertThat(document.path("info").path("version").asText()).isEqualTo("3");
    assertThat(document.path("operations").path("receive-mails").path("action").asText()).isEqualTo("receive");
  }

  @Test
  void versionAndEnvironmentAreOneOrTheOtherAndAnUnknownApplicationIsNotFound() {
    assertThat(cli.run("asyncapi", "nobody").exitCode()).isEqualTo(2);
    assertThat(cli.run("asyncapi", "nobody", "--version", "1", "--env", "prod").exitCode()).isEqualTo(2);
    Cli.Result missing = cli.run("asyncapi", "nobody", "--version", "1");
    assertThat(missing.exitCode()).isNotZero();
    assertThat(missing.err()).contains("nobody has published no contract for version 1");
  }
}
