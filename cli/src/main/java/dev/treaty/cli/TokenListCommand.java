package dev.treaty.cli;

import dev.treaty.client.model.ApiToken;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code treaty token list}: names, roles and creation times; never the secrets. */
@Command(name = "list", description = "List API tokens (never their secrets).")
final class TokenListCommand extends RegistryCommand {

  @Override
  int run() {
    List<ApiToken> tokens = client().tokens();
    if (textOrJson() == OutputFormat.JSON) {
      JsonOutput.print(session().out(), tokens);
    } else {
      tokens.forEach(token -> println(token.name() + "  " + String.join(",", token.roles()) + "  " + token.created()));
    }
    return ExitCodes.OK;
  }
}
