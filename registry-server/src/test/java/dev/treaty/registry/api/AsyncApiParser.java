package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code @asyncapi/parser} with its Avro and Protobuf schema parsers (the npm packages pinned in
 * src/test/npm, installed by ./test.sh), run by node on document files: the oracle of what a valid
 * AsyncAPI document is.
 */
final class AsyncApiParser {

  private static final Path PROJECT = Path.of("src/test/npm").toAbsolutePath();

  private AsyncApiParser() {}

  /** Per file: {@code parsed}, {@code diagnostics} (code, message, path, severity: 0 is an error) and {@code messages}. */
  static JsonNode parse(List<Path> files) throws IOException, InterruptedException {
    if (!Files.isDirectory(PROJECT.resolve("node_modules/@asyncapi/parser"))) {
      run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
    }
    List<String> command = new ArrayList<>(List.of("node", "asyncapi.mjs"));
    files.forEach(file -> command.add(file.toString()));
    return new ObjectMapper().readTree(run(command));
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Path output = Files.createTempFile("treaty-asyncapi", ".out");
    Process process = new ProcessBuilder(command)
        .directory(PROJECT.toFile())
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
  }
}
