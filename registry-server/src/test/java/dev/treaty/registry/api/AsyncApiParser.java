package dev.treaty.registry.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.registry.NpmProject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @asyncapi/parser} with its Avro and Protobuf schema parsers (the npm packages pinned in
 * src/test/npm, installed by ./test.sh), run by node on document files: the oracle of what a valid
 * AsyncAPI document is.
 */
final class AsyncApiParser {

  private AsyncApiParser() {}

  /** Per file: {@code parsed}, {@code diagnostics} (code, message, path, severity: 0 is an error) and {@code messages}. */
  static JsonNode parse(List<Path> files) throws IOException {
    NpmProject.install("@asyncapi/parser");
    List<String> command = new ArrayList<>(List.of("node", "asyncapi.mjs"));
    files.forEach(file -> command.add(file.toString()));
    return new ObjectMapper().readTree(NpmProject.run(command));
  }
}
