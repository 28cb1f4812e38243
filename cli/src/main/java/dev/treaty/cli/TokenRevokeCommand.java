package dev.treaty.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code treaty token revoke NAME}: the token stops working at once. */
@Command(name = "revoke", description = "Revoke an API token.")
final class TokenRevokeCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Override
  int run() {
    client().revokeToken(name);
    println("revoked " + name);
    return ExitCodes.OK;
  }
}
