package dev.treaty.cli;

import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractEntry;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code treaty contract show APP VERSION}: the subjects a published version produces and consumes. */
@Command(name = "show", description = "Show the contract an application version published.")
final class ContractShowCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "APP")
  String application;

  @Parameters(index = "1", paramLabel = "VERSION")
  String version;

  @Override
  int run() {
    OutputFormat format = textOrJson();
    Contract contract = client().contract(application, version);
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), contract);
      return ExitCodes.OK;
    }
    println(application + " " + version + " (published " + contract.publishedAt() + ")");
    print("produces", contract.produces());
    print("consumes", contract.consumes());
    return ExitCodes.OK;
  }

  private void print(String role, List<ContractEntry> entries) {
    for (ContractEntry entry : entries) {
      String registered = entry.version() == null ? "" : " version " + entry.version();
      String examples = entry.examples().isEmpty() ? "" : ", " + entry.examples().size() + " example(s)";
      println("  " + role + " " + entry.subject() + " (" + entry.schemaType() + registered + examples + ")");
    }
  }
}
