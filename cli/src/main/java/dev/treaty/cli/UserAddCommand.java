package dev.treaty.cli;

import dev.treaty.registry.security.Grant;
import dev.treaty.registry.security.UserFile;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty user add NAME --role ROLE}: adds the user to the registry's database through the
 * API (an admin's call), where every node sees it at once. With {@code --file}, writes the users
 * file instead, offline: the way to create the first admin, which the server imports at start.
 */
@Command(name = "add", description = "Add a user to the registry (or, with --file, to a users file for the first start).")
final class UserAddCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "User name: letters, digits, '.', '_', '@', '+' or '-'.")
  String name;

  @Option(names = "--role", required = true, paramLabel = "ROLE",
      description = "reader, writer or admin, optionally limited to a name prefix: writer:payments.* (repeatable).")
  List<String> roles;

  @Option(names = "--file", paramLabel = "FILE",
      description = "Write this users file (auth.users.file) instead of calling the registry.")
  String file;

  @Override
  int run() {
    String password = NewPassword.read(session(), name);
    if (file == null) {
      client().addUser(name, password, roles);
      println("user " + name + " " + roles + " added");
      return ExitCodes.OK;
    }
    List<Grant> grants;
    try {
      grants = roles.stream().map(Grant::parse).toList();
      UserFile.put(session().resolve(file), name, password, grants);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
    println("user " + name + " " + grants + " written to " + file);
    return ExitCodes.OK;
  }
}
