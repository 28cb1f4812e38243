package dev.treaty.cli;

import dev.treaty.client.model.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty contract describe APP [--owner O] [--description D]}: what the catalog and the
 * AsyncAPI documents say about an application. Without options it shows them; an option left out
 * when the other is given clears it.
 */
@Command(name = "describe", description = "Show or set an application's owner and description (catalog, AsyncAPI info).")
final class ContractDescribeCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "APP")
  String application;

  @Option(names = "--owner", paramLabel = "OWNER", description = "Who owns the application: a person or team.")
  String owner;

  @Option(names = "--description", paramLabel = "TEXT", description = "What the application does.")
  String description;

  @Override
  int run() {
    OutputFormat format = textOrJson();
    Application shown = owner == null && description == null
        ? client().application(application)
        : client().describeApplication(application, owner, description);
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), shown);
      return ExitCodes.OK;
    }
    println(shown.name());
    println("  owner        " + (shown.owner() == null ? "-" : shown.owner()));
    println("  description  " + (shown.description() == null ? "-" : shown.description()));
    return ExitCodes.OK;
  }
}
