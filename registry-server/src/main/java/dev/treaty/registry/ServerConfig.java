package dev.treaty.registry;

import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.registry.security.SecurityConfig;
import dev.treaty.registry.webhooks.WebhookConfig;
import java.nio.file.Path;

/**
 * Everything a server is started with. {@link ConfigLoader} fills it from a file, environment
 * variables and flags.
 *
 * @param dbUrl JDBC URL; empty means embedded H2 under {@code dataDir}
 * @param bodyLimit largest request body accepted, in bytes
 * @param alwaysNewerFields send {@code ts}/{@code deleted} even to clients that did not ask
 * @param incompatibleErrorCode {@code error_code} of a 409: 409 (Confluent up to 8.0.3) or 40901
 * @param validateFields whether Confluent's {@code validateFields} checks run where no config
 *     sets {@code validateFields} (Confluent's {@code schema.validate.fields}, default false)
 */
public record ServerConfig(
    String host,
    int port,
    String dbUrl,
    String dbUser,
    String dbPassword,
    Path dataDir,
    int poolSize,
    long bodyLimit,
    CompatibilityLevel defaultCompatibility,
    int cacheSize,
    boolean alwaysNewerFields,
    int incompatibleErrorCode,
    SecurityConfig security,
    WebhookConfig webhooks,
    boolean validateFields) {

  public ServerConfig {
    if (incompatibleErrorCode != 409 && incompatibleErrorCode != 40901) {
      throw new IllegalArgumentException("incompatible.error.code must be 409 or 40901, not " + incompatibleErrorCode);
    }
  }

  public static ServerConfig defaults() {
    return new ServerConfig(
        "0.0.0.0", 8081, "", null, null, Path.of("data"), 10, 8L * 1024 * 1024, CompatibilityLevel.BACKWARD, 10_000,
        false, 409, SecurityConfig.off(), WebhookConfig.defaults(), false);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, dbUrl, dbUser, dbPassword, dataDir, poolSize, bodyLimit,
        defaultCompatibility, cacheSize, alwaysNewerFields, incompatibleErrorCode, security, webhooks, validateFields);
  }

  public ServerConfig withDatabase(String url, String user, String password) {
    return new ServerConfig(host, port, url, user, password, dataDir, poolSize, bodyLimit, defaultCompatibility,
        cacheSize, alwaysNewerFields, incompatibleErrorCode, security, webhooks, validateFields);
  }

  public ServerConfig withDataDir(Path dir) {
    return new ServerConfig(host, port, dbUrl, dbUser, dbPassword, dir, poolSize, bodyLimit, defaultCompatibility,
        cacheSize, alwaysNewerFields, incompatibleErrorCode, security, webhooks, validateFields);
  }

  public ServerConfig withSecurity(SecurityConfig newSecurity) {
    return new ServerConfig(host, port, dbUrl, dbUser, dbPassword, dataDir, poolSize, bodyLimit, defaultCompatibility,
        cacheSize, alwaysNewerFields, incompatibleErrorCode, newSecurity, webhooks, validateFields);
  }

  public ServerConfig withBodyLimit(long limit) {
    return new ServerConfig(host, port, dbUrl, dbUser, dbPassword, dataDir, poolSize, limit, defaultCompatibility,
        cacheSize, alwaysNewerFields, incompatibleErrorCode, security, webhooks, validateFields);
  }

  public ServerConfig withWebhooks(WebhookConfig newWebhooks) {
    return new ServerConfig(host, port, dbUrl, dbUser, dbPassword, dataDir, poolSize, bodyLimit, defaultCompatibility,
        cacheSize, alwaysNewerFields, incompatibleErrorCode, security, newWebhooks, validateFields);
  }

  public ServerConfig withValidateFields(boolean on) {
    return new ServerConfig(host, port, dbUrl, dbUser, dbPassword, dataDir, poolSize, bodyLimit, defaultCompatibility,
        cacheSize, alwaysNewerFields, incompatibleErrorCode, security, webhooks, on);
  }
}
