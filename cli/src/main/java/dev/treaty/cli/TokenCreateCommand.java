package dev.treaty.cli;

import dev.treaty.client.model.ApiToken;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code treaty token create NAME --role ROLE}: prints the new token's secret, which is shown only once. */
@Command(name = "create", description = "Create an API token and print its secret (shown only once).")
final class TokenCreateCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "Token name: letters, digits, '.', '_' or '-'.")
  String name;

  @Option(names = "--role", required = true, paramLabel = "ROLE",
      description = "reader, writer or admin, optionally limited to a subject prefix: writer:payments.* (repeatable).")
  List<String> roles;

  @Override
  int run() {
    ApiToken token = client().createToken(name, roles);
    if (textOrJson() == OutputFormat.JSON) {
      JsonOutput.print(session().out(), token);
    } else {
      println(token.token());
    }
    return ExitCodes.OK;
  }
}
