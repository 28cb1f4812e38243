package dev.treaty.cli;

import dev.treaty.client.model.RegistryUser;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code treaty user list}: names and roles; never passwords. */
@Command(name = "list", description = "List the registry's users and their roles (admin).")
final class UserListCommand extends RegistryCommand {

  @Override
  int run() {
    List<RegistryUser> users = client().users();
    if (textOrJson() == OutputFormat.JSON) {
      JsonOutput.print(session().out(), users);
    } else {
      users.forEach(user -> println(user.name() + "  " + String.join(",", user.roles())));
    }
    return ExitCodes.OK;
  }
}
