package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.client.model.RegistryEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** contract, deploy and can-i-deploy: outputs for programs, and the exit codes of mistakes. */
class ContractCommandsTest extends RegistryCliTest {

  @BeforeEach
  void writeExample() throws IOException {
    Files.writeString(dir.resolve("example.json"), "{\"name\": \"Ada\"}");
  }

  @Test
  void canIDeployAnswersInJsonWithEveryPair() {
    // the writer's schema is registered, the reader's is not: the answer says which version each side is
    assertThat(cli.run("register", "json-users", "user-v1.avsc").exitCode()).isZero();
    assertThat(cli.run("contract", "publish", "json-writer", "1", "--produces", "json-users=user-v1.avsc").exitCode()).isZero();
    assertThat(cli.run("contract", "publish", "json-reader", "1", "--consumes", "json-users=user-v2-required-email.avsc",
        "--example", "json-users=example.json").exitCode()).isZero();
    assertThat(cli.run("deploy", "record", "json-reader", "1", "json-env").exitCode()).isZero();

    Cli.Result result = cli.run("can-i-deploy", "json-writer", "1", "--to", "json-env", "-o", "json");

    assertThat(result.exitCode()).isEqualTo(1);
    Golden.assertMatches("can-i-deploy.json", result.out());
  }

  /** Only --record keeps the answer as an event, with the pipeline's run; the plain question records nothing. */
  @Test
  void canIDeployWithRecordKeepsTheVerdictInTheRegistrysEvents() {
    cli.run("contract", "publish", "rec-writer", "1", "--produces", "rec-users=user-v1.avsc");
    cli.run("contract", "publish", "rec-reader", "1", "--consumes", "rec-users=user-v2-required-email.avsc");
    cli.run("deploy", "record", "rec-reader", "1", "rec-env");

    assertThat(cli.run("can-i-deploy", "rec-writer", "1", "--to", "rec-env").exitCode()).isEqualTo(1);
    assertThat(recorded("rec-writer")).isEmpty();
    Cli.Result result = cli.run("can-i-deploy", "rec-writer", "1", "--to", "rec-env", "--record",
        "--build-url", "https://ci.example/run/7");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).endsWith("can-i-deploy rec-writer 1 to rec-env: no (1 of 1 pair(s) fail)\n");
    List<RegistryEvent> events = recorded("rec-writer");
    assertThat(events).extracting(RegistryEvent::type).containsExactly("CAN_I_DEPLOY_FAILED");
    assertThat(events.get(0).detail()).containsEntry("environment", "rec-env")
        .containsEntry("buildUrl", "https://ci.example/run/7");
    assertThat(cli.run("can-i-deploy", "rec-writer", "1", "--to", "rec-env", "--build-url", "x").exitCode()).isEqualTo(2);
  }

  private static List<RegistryEvent> recorded(String application) {
    return registry.client().events(0, 10_000).stream()
        .filter(e -> e.type().startsWith("CAN_I_DEPLOY") && application.equals(e.detail().get("application")))
        .toList();
  }

  /** On a gated subject, check answers what register answers, in the gate's words. */
  @Test
  void checkOfAGatedSubjectAnswersWhatRegisterAnswers() throws IOException {
    Files.writeString(dir.resolve("user-example.json"), "{\"id\": 1, \"name\": \"Ada\"}");
    assertThat(cli.run("register", "gated-users", "user-v1.avsc").exitCode()).isZero();
    assertThat(cli.run("contract", "publish", "gated-reader", "1", "--consumes", "gated-users=user-v1.avsc",
        "--example", "gated-users=user-example.json").exitCode()).isZero();
    assertThat(cli.run("deploy", "record", "gated-reader", "1", "gated-env").exitCode()).isZero();
    assertThat(cli.run("contract", "gate", "gated-users", "--env", "gated-env").exitCode()).isZero();

    // BACKWARD allows the new optional field, but the deployed consumer's example lacks it.
    Cli.Result checked = cli.run("check", "gated-users", "user-v2-optional-email.avsc");
    Cli.Result registered = cli.run("register", "gated-users", "user-v2-optional-email.avsc");

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(registered.exitCode()).isEqualTo(1);
    assertThat(checked.out())
        .contains("PAYLOAD_MISSING_FIELD")
        .contains("How to make it safe: ")
        .contains("refused by the contract gate of environment gated-env (consumers gated-reader");
    // check lists the safe changes too; what breaks, and who refused, are register's answer
    String refusal = registered.out().substring(0, registered.out().lastIndexOf(" (1 breaking change)"));
    assertThat(checked.out()).contains(refusal.substring(0, refusal.indexOf("\nuser-v2")))
        .contains("safe      FIELD_DEFAULT_USED at /fields/2")
        .endsWith(refusal.substring(refusal.indexOf("\nuser-v2") + 1) + " (1 breaking change, 1 safe change)\n");
    assertThat(registered.err()).contains("the contract gate of environment gated-env");
  }

  @Test
  void contractShowListsWhatAVersionProducesAndConsumes() {
    cli.run("register", "show-users", "user-v1.avsc");
    cli.run("contract", "publish", "show-app", "3.1", "--produces", "show-users@latest",
        "--consumes", "show-other=user-v1.avsc", "--example", "show-other=example.json");

    Cli.Result result = cli.run("contract", "show", "show-app", "3.1");

    assertThat(result.out().replaceAll("published [^)]*", "published T")).isEqualTo("""
        show-app 3.1 (published T)
          produces show-users (AVRO version 1)
          consumes show-other (AVRO, 1 example(s))
        """);
  }

  @Test
  void republishingDifferentContentIsAnInputError() {
    assertThat(cli.run("contract", "publish", "fixed", "1", "--produces", "fixed-users=user-v1.avsc").exitCode()).isZero();
    assertThat(cli.run("contract", "publish", "fixed", "1", "--produces", "fixed-users=user-v1.avsc").exitCode()).isZero();

    Cli.Result result = cli.run("contract", "publish", "fixed", "1", "--produces", "fixed-users=user-v2-optional-email.avsc");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("treaty: Application fixed version 1 already has a different contract; contracts"
        + " are immutable, publish a new version\n");
  }

  @Test
  void mistakesAreInputErrors() {
    assertThat(cli.run("can-i-deploy", "nobody", "1").err()).startsWith("treaty: Error: Missing required argument");
    assertThat(cli.run("can-i-deploy", "nobody", "1", "--to-latest").err())
        .isEqualTo("treaty: Application nobody has published no contract for version 1 (HTTP 404, error 404)\n");
    assertThat(cli.run("contract", "publish", "x", "1", "--produces", "no-separator").err())
        .isEqualTo("treaty: Bad subject 'no-separator': use SUBJECT=FILE or SUBJECT@VERSION\n");
    assertThat(cli.run("contract", "publish", "x", "1", "--consumes", "a=user-v1.avsc", "--example", "b=example.json").err())
        .isEqualTo("treaty: --example for b, which is neither produced nor consumed\n");
    assertThat(cli.run("deploy", "undeploy", "x", "nowhere").exitCode()).isEqualTo(2);
    assertThat(cli.run("contract").exitCode()).isEqualTo(2);
    assertThat(cli.run("deploy", "list", "x", "-o", "github").err())
        .isEqualTo("treaty: --output github is only for check, diff, register, can-i-deploy and deploy matrix;"
            + " use text or json\n");
  }

  @Test
  void anUnreachableRegistryExitsWith3() {
    Cli.Result result = new Cli(dir).env("TREATY_REGISTRY_URL", "http://127.0.0.1:1").run("can-i-deploy", "a", "1", "--to-latest");

    assertThat(result.exitCode()).isEqualTo(3);
  }

  @Test
  void undeployedApplicationsLeaveTheEnvironment() {
    cli.run("contract", "publish", "leaving", "1", "--produces", "leaving-users=user-v1.avsc");
    cli.run("deploy", "record", "leaving", "1", "leave-env");

    assertThat(cli.run("deploy", "undeploy", "leaving", "leave-env").out())
        .isEqualTo("Recorded that leaving 1 no longer runs in leave-env\n");
    assertThat(cli.run("deploy", "list", "leave-env").out()).isEmpty();
    assertThat(cli.run("deploy", "list", "leave-env", "-o", "json").out()).isEqualTo("[ ]\n");
  }
}
