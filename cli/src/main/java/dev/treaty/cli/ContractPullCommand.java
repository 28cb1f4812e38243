package dev.treaty.cli;

import dev.treaty.client.ContractSnapshots;
import dev.treaty.client.model.ContractSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty contract pull SUBJECT... --to FILE}: the contracts of every producer and consumer
 * of the subjects, saved so that contract tests can run without a registry.
 */
@Command(name = "pull", description = "Save the contracts of the producers and consumers of subjects to a file, for offline contract tests.")
final class ContractPullCommand extends RegistryCommand {

  @Parameters(paramLabel = "SUBJECT", arity = "1..*", description = "The subjects the build produces or consumes.")
  List<String> subjects;

  @Option(names = "--to", paramLabel = "FILE", required = true, description = "Where to write the snapshot (JSON).")
  String file;

  @Option(names = "--environment", paramLabel = "ENV",
      description = "The versions deployed in ENV instead of each application's latest.")
  String environment;

  @Override
  int run() {
    ContractSnapshot snapshot = ContractSnapshots.pull(client(), null, subjects, environment);
    Path target = session().resolve(file);
    try {
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.writeString(target, JsonOutput.write(snapshot) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long contracts = snapshot.subjects().values().stream()
        .mapToLong(parties -> parties.producers().size() + parties.consumers().size()).sum();
    println("Saved " + contracts + " contract(s) of " + snapshot.subjects().size() + " subject(s) to " + file);
    return ExitCodes.OK;
  }
}
