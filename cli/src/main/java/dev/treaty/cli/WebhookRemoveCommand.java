package dev.treaty.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code treaty webhook remove ID}: the webhook and its queued deliveries go. */
@Command(name = "remove", description = "Remove a webhook and its queued deliveries.")
final class WebhookRemoveCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "ID")
  String id;

  @Override
  int run() {
    client().deleteWebhook(id);
    println("removed " + id);
    return ExitCodes.OK;
  }
}
