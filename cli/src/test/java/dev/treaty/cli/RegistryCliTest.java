package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.testing.RunningRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the command tests that talk to a real registry: one server per class (tests use their
 * own subjects), and per test a fresh folder holding the sample schemas and the CLI pointed at it.
 */
abstract class RegistryCliTest {

  static RunningRegistry registry;

  @TempDir
  Path dir;

  Cli cli;

  @BeforeAll
  static void startRegistry() {
    registry = RunningRegistry.start();
  }

  @AfterAll
  static void stopRegistry() {
    registry.close();
  }

  @BeforeEach
  void pointCliAtRegistry() {
    cli = Cli.against(registry, Workspace.withSchemas(dir));
  }

  /** Runs the command and asserts it succeeded without a word on stderr. */
  Cli.Result ok(String... args) {
    Cli.Result result = cli.run(args);
    assertThat(result.err()).as("stderr of %s", String.join(" ", args)).isEmpty();
    assertThat(result.exitCode()).as("exit code of %s", String.join(" ", args)).isZero();
    return result;
  }
}
