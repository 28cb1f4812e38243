package dev.treaty.cli;

import dev.treaty.client.model.WebhookPing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code treaty webhook test ID}: sends a webhook.ping event now; exit 1 when the receiver did not accept it. */
@Command(name = "test", description = "Send a test event (webhook.ping) now; exit code 1 if the receiver did not answer 2xx.")
final class WebhookTestCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "ID")
  String id;

  @Override
  int run() {
    WebhookPing ping = client().testWebhook(id);
    if (textOrJson() == OutputFormat.JSON) {
      JsonOutput.print(session().out(), ping);
    } else if (ping.delivered()) {
      println("delivered: HTTP " + ping.statusCode() + " in " + ping.latencyMs() + " ms");
    } else {
      println("not delivered: " + ping.error());
    }
    return ping.delivered() ? ExitCodes.OK : ExitCodes.INCOMPATIBLE;
  }
}
