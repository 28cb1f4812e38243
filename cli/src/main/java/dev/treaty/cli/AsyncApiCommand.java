package dev.treaty.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.client.asyncapi.AsyncApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty asyncapi APP (--version V | --env E) [--to FILE] [--yaml]}: the AsyncAPI 3.0 document
 * the registry builds from the application's contract, printed or written to a file. ({@code -o} is
 * the global output format, so the file is {@code --to}, as for {@code contract pull}.)
 */
@Command(name = "asyncapi", description = "Write the AsyncAPI 3.0 document of an application version, built from its contract.")
final class AsyncApiCommand extends RegistryCommand {

  static final class Which {
    @Option(names = "--version", paramLabel = "VERSION", required = true, description = "The application version.")
    String version;

    @Option(names = "--env", paramLabel = "ENV", required = true, description = "The version deployed in ENV.")
    String environment;
  }

  @Parameters(index = "0", paramLabel = "APP")
  String application;

  @ArgGroup(multiplicity = "1")
  Which which;

  @Option(names = "--to", paramLabel = "FILE", description = "Write the document to FILE instead of printing it.")
  String file;

  @Option(names = "--yaml", description = "YAML instead of JSON.")
  boolean yaml;

  @Override
  int run() throws JsonProcessingException {
    String json = client().asyncApi(application, which.version, which.environment);
    String document = yaml ? AsyncApi.yaml(new ObjectMapper().readTree(json)) : json;
    if (file == null) {
      session().out().print(document);
      return ExitCodes.OK;
    }
    Path target = session().resolve(file);
    try {
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.writeString(target, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    println("Wrote the AsyncAPI document of " + application + " "
        + (which.version != null ? which.version : "as deployed in " + which.environment) + " to " + file);
    return ExitCodes.OK;
  }
}
