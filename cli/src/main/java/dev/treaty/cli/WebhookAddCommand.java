package dev.treaty.cli;

import dev.treaty.client.model.Webhook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code treaty webhook add URL --event TYPE}: prints the new webhook's id and its signing secret, shown once. */
@Command(name = "add", description = "Subscribe a URL to registry events; prints its id and signing secret (shown only once).")
final class WebhookAddCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "URL", description = "http(s) URL the events are POSTed to.")
  String url;

  @Option(names = "--event", required = true, paramLabel = "TYPE",
      description = "Event type such as schema.registered or deployment.recorded, or * for all (repeatable).")
  List<String> events;

  @Option(names = "--subject-prefix", paramLabel = "PREFIX", description = "Only events of subjects starting with this.")
  String subjectPrefix;

  @Option(names = "--application", paramLabel = "APP", description = "Only events about this application.")
  String application;

  @Option(names = "--env", paramLabel = "ENV", description = "Only events about this environment.")
  String environment;

  @Option(names = "--secret", paramLabel = "WHSEC", description = "A whsec_ signing secret; generated when left out.")
  String secret;

  @Option(names = "--header", paramLabel = "NAME=VALUE",
      description = "A header sent with every request, such as Authorization=Bearer ... (repeatable).")
  List<String> headers;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "cloudevents",
      description = "cloudevents (default) or github_dispatch (for GitHub's repository_dispatch API).")
  String format;

  @Option(names = "--description", paramLabel = "TEXT")
  String description;

  @Override
  int run() {
    Webhook created = client().createWebhook(Webhook.request(
        url, events, subjectPrefix, application, environment, secret, headers(), format, description));
    if (textOrJson() == OutputFormat.JSON) {
      JsonOutput.print(session().out(), created);
    } else {
      println(created.id());
      if (created.secrets() != null) {
        created.secrets().forEach(this::println);
      }
    }
    return ExitCodes.OK;
  }

  private Map<String, String> headers() {
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String header : headers == null ? List.<String>of() : headers) {
      int equals = header.indexOf('=');
      if (equals <= 0) {
        throw new InputException("--header needs NAME=VALUE, not " + header);
      }
      parsed.put(header.substring(0, equals).trim(), header.substring(equals + 1).trim());
    }
    return parsed;
  }
}
