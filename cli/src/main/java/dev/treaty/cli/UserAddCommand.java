package dev.treaty.cli;

import dev.treaty.registry.security.Grant;
import dev.treaty.registry.security.UserFile;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty user add NAME --role ROLE}: writes NAME with a bcrypt hash of the password into the
 * users file (replacing an existing entry). The password comes from a prompt, or from
 * {@code $TREATY_USER_PASSWORD} in scripts, never from a flag that {@code ps} would show.
 */
@Command(name = "add", description = "Add a user to the users file, or change its password and roles.")
final class UserAddCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "User name (no ':' or spaces).")
  String name;

  @Option(names = "--role", required = true, paramLabel = "ROLE",
      description = "reader, writer or admin, optionally limited to a subject prefix: writer:payments.* (repeatable).")
  List<String> roles;

  @Option(names = "--file", defaultValue = "users", paramLabel = "FILE",
      description = "The users file (default: ./users), as given to the server as auth.users.file.")
  String file;

  @Override
  int run() {
    String password = session().env().get("TREATY_USER_PASSWORD");
    if (password == null) {
      java.io.Console console = System.console();
      if (console == null) {
        throw new InputException("No terminal to ask the password on: set $TREATY_USER_PASSWORD");
      }
      char[] typed = console.readPassword("Password for %s: ", name);
      char[] again = console.readPassword("Again: ");
      if (typed == null || again == null || !java.util.Arrays.equals(typed, again)) {
        throw new InputException("The passwords differ");
      }
      password = new String(typed);
    }
    if (password.length() < 8) {
      throw new InputException("A password needs at least 8 characters");
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
