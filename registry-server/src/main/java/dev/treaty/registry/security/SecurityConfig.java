package dev.treaty.registry.security;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Authentication, authorisation and transport settings. Everything is off by default, so that a
 * laptop registry just starts; {@code auth.enabled=true} locks it down.
 *
 * @param anonymousRead whether callers without credentials may read (when auth is enabled)
 * @param rateLimit requests per second allowed to one client (user, or address when anonymous); 0 is no limit
 * @param clientCertificates whether a trusted client certificate's CN names a user of the users file,
 *     who then needs no password
 */
public record SecurityConfig(
    boolean enabled, boolean anonymousRead, Path usersFile, Path tokensFile, Jwt jwt, Tls tls,
    List<String> corsOrigins, int rateLimit, boolean clientCertificates) {

  /** Keys read from the config file, {@code TREATY_*} variables and flags. */
  public static final List<String> KEYS = List.of(
      "auth.enabled", "auth.anonymous", "auth.users.file", "auth.tokens.file",
      "auth.jwt.jwks.url", "auth.jwt.jwks.file", "auth.jwt.issuer", "auth.jwt.audience", "auth.jwt.roles.claim",
      "auth.jwt.name.claim", "auth.client.certificates",
      "tls.keystore", "tls.keystore.password", "tls.cert", "tls.key", "tls.client.auth", "tls.truststore",
      "tls.truststore.password", "tls.client.ca",
      "cors.origins", "rate.limit");

  /** OIDC / JWT bearer tokens. */
  public record Jwt(String jwksUrl, Path jwksFile, String issuer, String audience, String rolesClaim, String nameClaim) {}

  /**
   * HTTPS: a PKCS12 key store, or a PEM certificate chain and PKCS8 key; client certificates are
   * checked against a PKCS12 trust store or a PEM CA bundle.
   */
  public record Tls(
      Path keystore, String keystorePassword, Path certPem, Path keyPem, ClientAuth clientAuth, Path truststore,
      String truststorePassword, Path clientCaPem) {
    @Override
    public String toString() {
      return "Tls[keystore=" + keystore + ", cert=" + certPem + ", clientAuth=" + clientAuth + "]";
    }
  }

  /** Whether the server asks for a client certificate. */
  public enum ClientAuth { NONE, WANT, NEED }

  public static SecurityConfig off() {
    return new SecurityConfig(false, false, null, null, null, null, List.of(), 0, false);
  }

  public static SecurityConfig from(Map<String, String> values, Path dataDir) {
    Jwt jwt = null;
    if (values.containsKey("auth.jwt.jwks.url") || values.containsKey("auth.jwt.jwks.file")) {
      jwt = new Jwt(values.get("auth.jwt.jwks.url"), path(values.get("auth.jwt.jwks.file")),
          require(values, "auth.jwt.issuer"), require(values, "auth.jwt.audience"),
          values.getOrDefault("auth.jwt.roles.claim", "roles"), values.getOrDefault("auth.jwt.name.claim", "sub"));
    }
    Tls tls = null;
    if (values.containsKey("tls.keystore") || values.containsKey("tls.cert")) {
      tls = new Tls(path(values.get("tls.keystore")), values.getOrDefault("tls.keystore.password", ""),
          path(values.get("tls.cert")), path(values.get("tls.key")),
          ClientAuth.valueOf(values.getOrDefault("tls.client.auth", "none").toUpperCase(Locale.ROOT)),
          path(values.get("tls.truststore")), values.getOrDefault("tls.truststore.password", ""),
          path(values.get("tls.client.ca")));
    }
    String anonymous = values.getOrDefault("auth.anonymous", "off").toLowerCase(Locale.ROOT);
    if (!anonymous.equals("off") && !anonymous.equals("read")) {
      throw new IllegalArgumentException("auth.anonymous must be off or read, not " + anonymous);
    }
    List<String> origins = Arrays.stream(values.getOrDefault("cors.origins", "").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new SecurityConfig(
        Boolean.parseBoolean(values.getOrDefault("auth.enabled", "false")), anonymous.equals("read"),
        path(values.get("auth.users.file")),
        Path.of(values.getOrDefault("auth.tokens.file", dataDir.resolve("tokens").toString())),
        jwt, tls, origins, Integer.parseInt(values.getOrDefault("rate.limit", "0")),
        Boolean.parseBoolean(values.getOrDefault("auth.client.certificates", "false")));
  }

  public SecurityConfig withTls(Tls newTls) {
    return new SecurityConfig(
        enabled, anonymousRead, usersFile, tokensFile, jwt, newTls, corsOrigins, rateLimit, clientCertificates);
  }

  private static String require(Map<String, String> values, String key) {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " is required when JWT bearer tokens are configured");
    }
    return value;
  }

  private static Path path(String value) {
    return value == null || value.isBlank() ? null : Path.of(value);
  }
}
