package dev.treaty.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code treaty user roles NAME --role ROLE...}: replaces the user's grants. */
@Command(name = "roles", description = "Replace a user's roles (admin).")
final class UserRolesCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(names = "--role", required = true, paramLabel = "ROLE",
      description = "reader, writer or admin, optionally limited to a name prefix: writer:payments.* (repeatable).")
  List<String> roles;

  @Override
  int run() {
    client().changeRoles(name, roles);
    println("user " + name + " " + roles);
    return ExitCodes.OK;
  }
}
