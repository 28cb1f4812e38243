package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.testing.RunningRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contracts story of issue 6, through the command line against a real registry: one producer
 * (orders) and two consumers with different reader schemas (billing, audit), several versions, two
 * environments. The transcript is a golden file and docs/contracts.md quotes it.
 */
class ContractScenarioTest {

  static final Path TRANSCRIPT = Path.of("src/test/resources/golden/contracts-walkthrough.txt");

  @TempDir
  Path dir;

  private final StringBuilder transcript = new StringBuilder();
  private Cli cli;

  @Test
  void breakingChangesWaitForTheirConsumersAndBadContractsAreReported() {
    try (RunningRegistry registry = RunningRegistry.start()) {
      cli = Cli.against(registry, copyOfContracts());

      // Version 1 of everything: before any environment exists, check against the latest versions.
      expect(0, "register", "orders-value", "order-v1.avsc");
      expect(0, "contract", "publish", "orders", "1.0.0", "--produces", "orders-value=order-v1.avsc");
      expect(0, "contract", "publish", "billing", "1.0.0", "--consumes", "orders-value=billing-v1.avsc");
      expect(0, "contract", "publish", "audit", "1.0.0", "--consumes", "orders-value=audit-v1.avsc");
      expect(0, "can-i-deploy", "orders", "1.0.0", "--to-latest");
      for (String environment : new String[] {"staging", "prod"}) {
        for (String application : new String[] {"orders", "billing", "audit"}) {
          expect(0, "deploy", "record", application, "1.0.0", environment);
        }
      }
      expect(0, "contract", "gate", "orders-value", "--env", "prod");

      // orders 2.0.0 stops sending the customer, which audit 1.0.0 reads without a default.
      expect(0, "contract", "publish", "orders", "2.0.0", "--produces", "orders-value=order-v2.avsc");
      expect(0, "contract", "publish", "audit", "1.1.0", "--consumes", "orders-value=audit-v2.avsc");
      expect(0, "deploy", "record", "audit", "1.1.0", "staging");
      expect(0, "can-i-deploy", "orders", "2.0.0", "--to", "staging");
      expect(1, "can-i-deploy", "orders", "2.0.0", "--to", "prod");
      expect(1, "can-i-deploy", "orders", "2.0.0", "--to", "prod", "-o", "github");
      expect(1, "register", "orders-value", "order-v2.avsc");

      // Once prod runs the tolerant audit, the same change goes through.
      expect(0, "can-i-deploy", "audit", "1.1.0", "--to", "prod");
      expect(0, "deploy", "record", "audit", "1.1.0", "prod");
      expect(0, "can-i-deploy", "orders", "2.0.0", "--to", "prod");
      expect(0, "register", "orders-value", "order-v2.avsc");
      expect(0, "deploy", "record", "orders", "2.0.0", "prod");

      // A consumer that starts requiring a field nobody sends, and examples that do not validate.
      expect(0, "contract", "publish", "billing", "2.0.0", "--consumes", "orders-value=billing-v2.avsc");
      expect(1, "can-i-deploy", "billing", "2.0.0", "--to", "prod");
      expect(0, "contract", "publish", "audit", "1.2.0", "--consumes", "orders-value=audit-v2.avsc",
          "--example", "orders-value=order-example.json", "--example", "orders-value=order-example-bad.json");
      expect(1, "can-i-deploy", "audit", "1.2.0", "--to", "prod");
      expect(0, "deploy", "matrix", "prod");
    }
    Golden.assertMatches("contracts-walkthrough.txt", transcript.toString());
  }

  /** Runs one command, checks its exit code and appends it to the transcript as a shell would show it. */
  private void expect(int exitCode, String... args) {
    Cli.Result result = cli.run(args);
    assertThat(result.exitCode()).as("exit code of treaty %s; stderr %s", String.join(" ", args), result.err())
        .isEqualTo(exitCode);
    transcript.append("$ treaty ").append(String.join(" ", args)).append('\n')
        .append(result.out().replaceAll("\\(id \\d+\\)", "(id N)"))
        .append(result.err());
    if (exitCode != 0) {
      transcript.append("(exit ").append(exitCode).append(")\n");
    }
    transcript.append('\n');
  }

  private Path copyOfContracts() {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/contracts"))) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
