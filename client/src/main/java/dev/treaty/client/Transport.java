package dev.treaty.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import dev.treaty.client.model.ErrorMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends {@link Call}s: fails over between registry URLs (staying on the last one that answered),
 * retries idempotent calls on connection failures and 408/429/5xx with backoff and jitter, and
 * turns error answers into {@link RegistryException}. Thread-safe.
 */
final class Transport {

  private static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";

  private final ClientSettings settings;
  private final HttpClient http;
  private final AtomicInteger preferred = new AtomicInteger();

  Transport(ClientSettings settings) {
    this.settings = settings;
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(settings.connectTimeout());
    if (settings.sslContext() != null) {
      builder.sslContext(settings.sslContext());
    }
    this.http = builder.build();
  }

  <T> T send(Call call, JavaType type) {
    HttpResponse<String> response = exchange(call);
    try {
      return Json.read(response.body(), type);
    } catch (JsonProcessingException e) {
      throw new RegistryUnreachableException(
          "The registry sent an answer that is not the expected JSON (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** The body of a successful answer as text (raw schema endpoints). */
  String sendText(Call call) {
    return exchange(call).body();
  }

  private HttpResponse<String> exchange(Call call) {
    List<URI> urls = settings.urls();
    int attempts = call.idempotent() ? settings.retry().maxAttempts() : 1;
    RegistryClientException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        pause(settings.retry().delayBefore(attempt, ThreadLocalRandom.current()));
      }
      int start = preferred.get();
      for (int k = 0; k < urls.size(); k++) {
        int index = (start + k) % urls.size();
        URI base = urls.get(index);
        HttpResponse<String> response;
        try {
          response = http.send(request(base, call), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException e) {
          last = unreachable(base, e);
          continue; // never reached a server, so trying the next one is safe for any call
        } catch (IOException e) {
          last = unreachable(base, e);
          if (!call.idempotent()) {
            throw last;
          }
          continue;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new RegistryUnreachableException("Interrupted while calling " + base, e);
        }
        preferred.set(index);
        if (response.statusCode() / 100 == 2) {
          return response;
        }
        RegistryException error = error(response);
        if (!call.idempotent() || !retryable(response.statusCode())) {
          throw error;
        }
        last = error;
      }
    }
    throw last;
  }

  private HttpRequest request(URI base, Call call) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + call.pathAndQuery()))
        .timeout(settings.requestTimeout())
        .header("Accept", MEDIA_TYPE + ", application/json")
        .header("Content-Type", MEDIA_TYPE)
        .header("Confluent-Accept-Unknown-Properties", "true")
        .header("User-Agent", "treaty-client");
    settings.credentials().authorization().ifPresent(value -> builder.header("Authorization", value));
    HttpRequest.BodyPublisher body = call.body() == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(Json.write(call.body()));
    return builder.method(call.method(), body).build();
  }

  private static boolean retryable(int status) {
    return status == 408 || status == 429 || status >= 500;
  }

  private static RegistryException error(HttpResponse<String> response) {
    int status = response.statusCode();
    try {
      ErrorMessage body = Json.MAPPER.readValue(response.body(), ErrorMessage.class);
      if (body != null && body.message() != null) {
        int code = body.errorCode() == 0 ? status : body.errorCode();
        return new RegistryException(status, code, body.message(), body.incompatibilities(), body.judge());
      }
    } catch (JsonProcessingException e) {
      // not Confluent's error body (a proxy's page, say): report the status instead
    }
    String text = response.body() == null ? "" : response.body().strip();
    String shown = text.isEmpty() ? "" : ": " + (text.length() > 200 ? text.substring(0, 200) + "..." : text);
    return new RegistryException(status, status, "HTTP " + status + shown, List.of());
  }

  private static RegistryUnreachableException unreachable(URI base, IOException e) {
    String reason = e.getMessage() == null || e.getMessage().isBlank()
        ? (e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName())
        : e.getMessage();
    return new RegistryUnreachableException("Cannot reach the registry at " + base + " (" + reason + ")", e);
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryUnreachableException("Interrupted while waiting to retry", e);
    }
  }
}
