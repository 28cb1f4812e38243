package dev.treaty.cli;

import dev.treaty.client.model.Deployment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code treaty deploy undeploy APP ENV}: the application no longer runs there. */
@Command(name = "undeploy", description = "Record that an application no longer runs in an environment.")
final class DeployUndeployCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "APP")
  String application;

  @Parameters(index = "1", paramLabel = "ENV")
  String environment;

  @Option(names = "--version", paramLabel = "VERSION", description = "Only if this is the version deployed.")
  String version;

  @Override
  int run() {
    OutputFormat format = textOrJson();
    Deployment ended = client().recordUndeployment(environment, application, version);
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), ended);
    } else {
      println("Recorded that " + application + " " + ended.version() + " no longer runs in " + environment);
    }
    return ExitCodes.OK;
  }
}
