package dev.treaty.cli;

import dev.treaty.client.model.Webhook;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code treaty webhook list}: id, URL, event types and filters; never the secrets. */
@Command(name = "list", description = "List webhooks (never their secrets).")
final class WebhookListCommand extends RegistryCommand {

  @Override
  int run() {
    List<Webhook> webhooks = client().webhooks();
    if (textOrJson() == OutputFormat.JSON) {
      JsonOutput.print(session().out(), webhooks);
    } else {
      for (Webhook webhook : webhooks) {
        String filter = (webhook.subjectPrefix() == null ? "" : "  subject=" + webhook.subjectPrefix() + "*")
            + (webhook.application() == null ? "" : "  application=" + webhook.application())
            + (webhook.environment() == null ? "" : "  env=" + webhook.environment());
        println(webhook.id() + "  " + webhook.url() + "  " + String.join(",", webhook.eventTypes()) + filter
            + (Boolean.FALSE.equals(webhook.enabled()) ? "  (disabled)" : ""));
      }
    }
    return ExitCodes.OK;
  }
}
