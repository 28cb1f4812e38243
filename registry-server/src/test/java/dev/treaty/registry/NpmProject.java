package dev.treaty.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The tests' npm project ({@code src/test/npm}: the Confluent JavaScript clients, axe-core, the
 * AsyncAPI parser), installed by {@code ./test.sh}; a checkout whose packages predate one of them
 * installs them the same way, on first use.
 */
public final class NpmProject {

  public static final Path DIRECTORY = Path.of("src/test/npm").toAbsolutePath();

  private NpmProject() {}

  /** Runs {@code npm ci} unless every one of {@code packages} is installed already. */
  public static void install(String... packages) {
    for (String name : packages) {
      if (!Files.isDirectory(DIRECTORY.resolve("node_modules").resolve(name))) {
        run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
        return;
      }
    }
  }

  /**
   * Runs a command in the project (a {@code node} script, usually) and returns the last line it
   * printed, where the scripts put their JSON answer; fails the test, with everything the command
   * printed, when it fails or runs past five minutes.
   */
  public static String run(List<String> command) {
    try {
      Path output = Files.createTempFile("treaty-npm", ".out");
      Process process = new ProcessBuilder(command)
          .directory(DIRECTORY.toFile())
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(command + " did not finish in time");
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);
      assertThat(process.exitValue()).as(command + " failed:\n" + text).isZero();
      String[] lines = text.strip().split("\n");
      return lines[lines.length - 1];
    } catch (IOException e) {
      throw new AssertionError("Cannot run " + command + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted running " + command, e);
    }
  }
}
