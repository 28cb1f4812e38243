package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** sample, verify publish, can-i-deploy --require-verification and contract pull. */
class ContractTestingCommandsTest extends RegistryCliTest {

  @Test
  void sampleGivesOneEventALineForAFileOrARegisteredVersionAlikeForOneSeed() {
    cli.run("register", "sample-users", "user-v1.avsc");

    Cli.Result fromFile = cli.run("sample", "user-v1.avsc", "--count", "3", "--seed", "8");
    Cli.Result fromRegistry = cli.run("sample", "sample-users@1", "--count", "3", "--seed", "8");

    assertThat(fromFile.exitCode()).isZero();
    assertThat(fromFile.out().lines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{\"id\":"));
    assertThat(fromRegistry.out()).isEqualTo(fromFile.out());
    assertThat(fromRegistry.err()).isEqualTo("seed 8, sample-users version 1, AVRO\n");
    assertThat(cli.run("sample", "sample-users@x").err())
        .isEqualTo("treaty: 'x' is not a version; use a number or latest, as in SUBJECT@3\n");
  }

  @Test
  void sampleOfAVersionPrintsTheExamplesOfProducersContractsFirst() throws IOException {
    cli.run("register", "example-users", "user-v1.avsc");
    Files.writeString(dir.resolve("sent.json"), "{\"id\": 7, \"name\": \"Ada\"}");
    // on a subject only produced, an --example is an event the application sends
    assertThat(cli.run("contract", "publish", "user-service", "2", "--produces", "example-users@1",
        "--example", "example-users=sent.json").exitCode()).isZero();

    Cli.Result result = cli.run("sample", "example-users", "--count", "2", "--seed", "8");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).hasSize(3).first().isEqualTo("{\"id\":7,\"name\":\"Ada\"}");
    assertThat(result.err()).isEqualTo("seed 8, example-users version 1, AVRO, after 1 example(s) from producers' contracts\n");
  }

  @Test
  void canIDeployRequiringVerificationPassesOnceTheProducerRecordedAPass() throws IOException {
    cli.run("contract", "publish", "v-writer", "1", "--produces", "v-users=user-v1.avsc");
    cli.run("contract", "publish", "v-reader", "4", "--consumes", "v-users=user-v1.avsc");

    Cli.Result refused = cli.run("can-i-deploy", "v-writer", "1", "--to-latest", "--require-verification");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.out()).contains("verification of v-writer 1 against v-reader 4: MISSING");

    assertThat(cli.run("verify", "publish", "v-writer", "1", "--consumer", "v-reader", "--consumer-version", "4", "--passed").out())
        .isEqualTo("Recorded: v-writer 1 verified against v-reader 4: passed\n");
    Cli.Result allowed = cli.run("can-i-deploy", "v-writer", "1", "--to-latest", "--require-verification");
    assertThat(allowed.exitCode()).as(allowed.out()).isZero();
    assertThat(allowed.out()).contains("verification of v-writer 1 against v-reader 4: PASSED");

    assertThat(cli.run("contract", "pull", "v-users", "--to", "target/treaty/contracts.json").out())
        .isEqualTo("Saved 2 contract(s) of 1 subject(s) to target/treaty/contracts.json\n");
    JsonNode snapshot = new ObjectMapper().readTree(Files.readString(dir.resolve("target/treaty/contracts.json")));
    assertThat(snapshot.path("subjects").path("v-users").path("producers").get(0).path("application").asText()).isEqualTo("v-writer");
    assertThat(snapshot.path("subjects").path("v-users").path("consumers").get(0).path("version").asText()).isEqualTo("4");
  }
}
