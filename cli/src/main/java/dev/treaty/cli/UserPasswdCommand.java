package dev.treaty.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code treaty user passwd NAME}: sets a user's password; admins for anyone, a user for themselves. */
@Command(name = "passwd", description = "Change a user's password (an admin's, or your own).")
final class UserPasswdCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Override
  int run() {
    client().changePassword(name, NewPassword.read(session(), name));
    println("password of " + name + " changed");
    return ExitCodes.OK;
  }
}
