package dev.treaty.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code treaty user remove NAME}: the user's logins stop working at once, on every node. */
@Command(name = "remove", description = "Remove a user (admin).")
final class UserRemoveCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Override
  int run() {
    client().removeUser(name);
    println("removed " + name);
    return ExitCodes.OK;
  }
}
