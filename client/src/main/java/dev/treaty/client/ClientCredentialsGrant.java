package dev.treaty.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4): an access token from the identity provider's token
 * endpoint, kept until {@code refreshBefore} ahead of its expiry, then fetched again. Thread-safe.
 */
final class ClientCredentialsGrant {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI tokenEndpoint;
  private final String clientId;
  private final String clientSecret;
  private final String scope;
  private final Duration refreshBefore;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final Clock clock = Clock.systemUTC();
  private String token;
  private Instant refreshAt = Instant.MIN;

  ClientCredentialsGrant(URI tokenEndpoint, String clientId, String clientSecret, String scope, Duration refreshBefore) {
    this.tokenEndpoint = tokenEndpoint;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.scope = scope;
    this.refreshBefore = refreshBefore;
  }

  String clientId() {
    return clientId;
  }

  /** The current access token, fetched when there is none or it is about to expire. */
  synchronized String token() {
    if (token == null || !clock.instant().isBefore(refreshAt)) {
      fetch();
    }
    return token;
  }

  private void fetch() {
    String form = "grant_type=client_credentials" + (scope == null || scope.isEmpty() ? "" : "&scope=" + encode(scope));
    String basic = Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + basic)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new RegistryUnreachableException("The token endpoint " + tokenEndpoint + " could not be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryUnreachableException("Interrupted while fetching a token from " + tokenEndpoint, e);
    }
    JsonNode body = readJson(response.body());
    if (response.statusCode() != 200 || !body.path("access_token").isTextual()) {
      throw new RegistryUnreachableException("The token endpoint " + tokenEndpoint + " answered " + response.statusCode()
          + " without an access token: " + body.path("error").asText(""), null);
    }
    token = body.path("access_token").asText();
    long lifetime = body.path("expires_in").asLong(0);
    Instant now = clock.instant();
    // Without expires_in the token is fetched again for each request rather than trusted forever.
    refreshAt = lifetime <= 0 ? now : now.plusSeconds(lifetime).minus(refreshBefore);
  }

  private JsonNode readJson(String text) {
    try {
      return Json.MAPPER.readTree(text == null || text.isEmpty() ? "{}" : text);
    } catch (IOException e) {
      return Json.MAPPER.createObjectNode();
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
