package dev.treaty.cli;

import dev.treaty.client.model.ContractMatrix;
import dev.treaty.client.model.ContractPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code treaty deploy matrix ENV}: every producer–consumer pair running together, judged. Exit 1 if one fails. */
@Command(name = "matrix", description = "Judge every producer-consumer pair deployed in an environment.")
final class DeployMatrixCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "ENV")
  String environment;

  @Override
  int run() {
    OutputFormat format = output();
    ContractMatrix matrix = client().matrix(environment);
    boolean agree = matrix.pairs().stream().allMatch(ContractPair::compatible);
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), matrix);
    } else {
      String summary = environment + ": " + PairPrinter.count(matrix.pairs()) + " among "
          + matrix.deployments().size() + " deployed application(s)";
      PairPrinter.print(session(), format, matrix.pairs(), summary);
    }
    return agree ? ExitCodes.OK : ExitCodes.INCOMPATIBLE;
  }
}
