package dev.treaty.registry.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends one request as Standard Webhooks says: a POST with {@code webhook-id},
 * {@code webhook-timestamp} (this attempt's, in Unix seconds) and {@code webhook-signature}; any
 * 2xx is success; redirects are not followed. Thread-safe.
 */
final class Sender {

  /** What one attempt found; {@code status} is null when no response came. */
  record Attempt(Integer status, String error, long latencyMillis, Long retryAfterMillis) {
    boolean succeeded() {
      return status != null && status >= 200 && status < 300;
    }
  }

  private final HttpClient client;
  private final Duration timeout;
  private final List<String> allowedHosts;

  Sender(WebhookConfig config) {
    this.timeout = Duration.ofMillis(config.timeoutMillis());
    this.allowedHosts = config.allowedHosts();
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** The problem with calling this URL, or null: http(s) only, and a host on the allow-list when there is one. */
  String refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (Exception e) {
      return "Not a URL: " + url;
    }
    if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
      return "A webhook URL must be http or https: " + url;
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return "A webhook URL needs a host: " + url;
    }
    if (!allowedHosts.isEmpty() && allowedHosts.stream().noneMatch(host -> host.equalsIgnoreCase(uri.getHost()))) {
      return "Host " + uri.getHost() + " is not in webhooks.allowed.hosts";
    }
    return null;
  }

  Attempt send(Webhook webhook, CloudEvent event) {
    String refusal = refusal(webhook.url());
    if (refusal != null) {
      return new Attempt(null, refusal, 0, null);
    }
    byte[] body = event.body(webhook.format());
    long timestamp = System.currentTimeMillis() / 1000;
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.url()))
        .timeout(timeout)
        .header("content-type", webhook.format().contentType())
        .header("user-agent", "Treaty-Webhooks")
        .header("webhook-id", event.id())
        .header("webhook-timestamp", Long.toString(timestamp))
        .header("webhook-signature", Secrets.signature(webhook.secrets(), event.id(), timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, String> header : webhook.headers().entrySet()) {
      request.header(header.getKey(), header.getValue());
    }
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      long latency = (System.nanoTime() - start) / 1_000_000;
      int status = response.statusCode();
      String error = status >= 200 && status < 300 ? null : "HTTP " + status + errorBody(response.body());
      return new Attempt(status, error, latency, retryAfter(response));
    } catch (HttpTimeoutException e) {
      return new Attempt(null, "Timed out after " + timeout.toMillis() + " ms", elapsed(start), null);
    } catch (IOException e) {
      return new Attempt(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          elapsed(start), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Attempt(null, "Interrupted: the node is stopping", elapsed(start), null);
    } catch (IllegalArgumentException e) {
      return new Attempt(null, "Bad request: " + e.getMessage(), elapsed(start), null);
    }
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String errorBody(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String trimmed = body.strip();
    return ": " + (trimmed.length() > 200 ? trimmed.substring(0, 200) + "…" : trimmed);
  }

  // Only the seconds form; a date is rare from webhook receivers and is treated as absent.
  private static Long retryAfter(HttpResponse<?> response) {
    return response.headers().firstValue("retry-after").map(value -> {
      try {
        return Long.parseLong(value.trim()) * 1000;
      } catch (NumberFormatException e) {
        return null;
      }
    }).orElse(null);
  }
}
