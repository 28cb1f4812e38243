package dev.treaty.cli;

import dev.treaty.client.model.Deployment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code treaty deploy record APP VERSION ENV}: this version now runs there, replacing the previous one. */
@Command(name = "record", description = "Record that an application version now runs in an environment.")
final class DeployRecordCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "APP")
  String application;

  @Parameters(index = "1", paramLabel = "VERSION")
  String version;

  @Parameters(index = "2", paramLabel = "ENV", description = "Environment; created on first use.")
  String environment;

  @Override
  int run() {
    OutputFormat format = textOrJson();
    Deployment deployment = client().recordDeployment(environment, application, version);
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), deployment);
    } else {
      println("Recorded " + application + " " + version + " in " + environment);
    }
    return ExitCodes.OK;
  }
}
