package dev.treaty.cli;

import dev.treaty.client.model.Deployment;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code treaty deploy list ENV}: the application versions running in an environment. */
@Command(name = "list", description = "List the application versions deployed in an environment.")
final class DeployListCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "ENV")
  String environment;

  @Override
  int run() {
    OutputFormat format = textOrJson();
    List<Deployment> deployments = client().deployments(environment);
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), deployments);
      return ExitCodes.OK;
    }
    for (Deployment deployment : deployments) {
      println(deployment.application() + " " + deployment.version() + " (since " + deployment.deployedAt() + ")");
    }
    return ExitCodes.OK;
  }
}
