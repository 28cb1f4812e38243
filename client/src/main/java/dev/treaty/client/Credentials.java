package dev.treaty.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/** How the client proves who it is: nothing, HTTP Basic, a bearer token, or OAuth client credentials. */
public sealed interface Credentials {

  /** The value of the {@code Authorization} header, if any. */
  Optional<String> authorization();

  static Credentials none() {
    return None.INSTANCE;
  }

  static Credentials basic(String user, String password) {
    return new Basic(user, password);
  }

  /** Basic credentials from Confluent's {@code user:password} form. */
  static Credentials basic(String userInfo) {
    int colon = userInfo.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("Expected user:password, got a value without ':'");
    }
    return new Basic(userInfo.substring(0, colon), userInfo.substring(colon + 1));
  }

  static Credentials bearer(String token) {
    return new Bearer(token);
  }

  /**
   * Bearer tokens from an OAuth 2.0 token endpoint (the client credentials grant), fetched when
   * needed and again {@code refreshBefore} ahead of their expiry.
   */
  static Credentials clientCredentials(URI tokenEndpoint, String clientId, String clientSecret, String scope,
      Duration refreshBefore) {
    return new OAuthClientCredentials(new ClientCredentialsGrant(tokenEndpoint, clientId, clientSecret, scope, refreshBefore));
  }

  /** No {@code Authorization} header. */
  enum None implements Credentials {
    INSTANCE;

    @Override
    public Optional<String> authorization() {
      return Optional.empty();
    }
  }

  /** HTTP Basic authentication. */
  record Basic(String user, String password) implements Credentials {
    public Basic {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public Optional<String> authorization() {
      String pair = user + ":" + password;
      return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
      return "Basic[user=" + user + "]";
    }
  }

  /** Tokens of the OAuth client credentials grant, each sent as a bearer token. */
  final class OAuthClientCredentials implements Credentials {

    private final ClientCredentialsGrant grant;

    OAuthClientCredentials(ClientCredentialsGrant grant) {
      this.grant = grant;
    }

    @Override
    public Optional<String> authorization() {
      return Optional.of("Bearer " + grant.token());
    }

    @Override
    public String toString() {
      return "OAuthClientCredentials[client=" + grant.clientId() + "]";
    }
  }

  /** A bearer token (OAuth or similar). */
  record Bearer(String token) implements Credentials {
    public Bearer {
      Objects.requireNonNull(token, "token");
    }

    @Override
    public Optional<String> authorization() {
      return Optional.of("Bearer " + token);
    }

    @Override
    public String toString() {
      return "Bearer[***]";
    }
  }
}
