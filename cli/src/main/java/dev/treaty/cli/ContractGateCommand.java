package dev.treaty.cli;

import dev.treaty.client.RegistryException;
import dev.treaty.client.model.ContractGate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code treaty contract gate SUBJECT}: shows or sets which environment's consumers judge registrations. */
@Command(name = "gate", description = "Show or set the environment whose deployed consumers judge SUBJECT's new schemas.")
final class ContractGateCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "SUBJECT")
  String subject;

  @ArgGroup(exclusive = true)
  Change change;

  static final class Change {
    @Option(names = "--env", paramLabel = "ENV", required = true, description = "Gate the subject on this environment.")
    String environment;

    @Option(names = "--unset", required = true, description = "Leave the subject to its compatibility level alone.")
    boolean unset;
  }

  @Override
  int run() {
    OutputFormat format = textOrJson();
    ContractGate gate;
    String line;
    if (change != null && change.environment != null) {
      gate = client().updateContractGate(subject, change.environment);
      line = subject + ": gated on the consumers deployed in " + gate.environment();
    } else if (change != null) {
      gate = client().deleteContractGate(subject);
      line = subject + ": removed the gate on " + gate.environment();
    } else {
      try {
        gate = client().contractGate(subject);
        line = subject + ": gated on the consumers deployed in " + gate.environment();
      } catch (RegistryException e) {
        if (!e.isNotFound()) {
          throw e;
        }
        gate = new ContractGate(null);
        line = subject + ": no contract gate (the compatibility level alone decides)";
      }
    }
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), gate);
    } else {
      println(line);
    }
    return ExitCodes.OK;
  }
}
