package dev.treaty.maven;

import dev.treaty.client.ClientSettings;
import dev.treaty.client.Credentials;
import dev.treaty.client.RegistryClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What every goal that may talk to a registry shares, under the names Confluent's plugin uses:
 * {@code schemaRegistryUrls}, {@code userInfoConfig}, {@code httpHeaders}, {@code configs},
 * {@code skip}.
 */
public abstract class RegistryMojo extends AbstractMojo {

  /** Base URLs of the registry, tried in order. */
  @Parameter(property = "treaty.schemaRegistryUrls")
  List<String> schemaRegistryUrls;

  /** {@code user:password} for HTTP Basic authentication. */
  @Parameter(property = "treaty.userInfoConfig")
  String userInfoConfig;

  /** Request headers; the Treaty client sends {@code Authorization} (Basic or Bearer) only. */
  @Parameter
  Map<String, String> httpHeaders;

  /** Client settings by Confluent's names; {@code basic.auth.user.info} and {@code bearer.auth.token} are understood. */
  @Parameter
  Map<String, String> configs;

  /**
   * Id of a {@code <server>} in {@code settings.xml} holding the credentials: username and password
   * for HTTP Basic, or only a password, used as a bearer token.
   */
  @Parameter(property = "treaty.serverId")
  String serverId;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings mavenSettings;

  @Component
  SettingsDecrypter settingsDecrypter;

  /**
   * Fails the build when the registry cannot be reached (the default), whatever
   * {@code failOnIncompatible} says: an unreachable registry checked nothing. {@code false} logs a
   * warning and goes on.
   */
  @Parameter(property = "treaty.failOnUnreachable", defaultValue = "true")
  boolean failOnUnreachable = true;

  /** Skips the goal. */
  @Parameter(property = "treaty.skip", defaultValue = "false")
  boolean skip;

  private RegistryClient client;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping (skip is true)");
      return;
    }
    run();
  }

  abstract void run() throws MojoExecutionException, MojoFailureException;

  boolean hasRegistry() {
    return schemaRegistryUrls != null && !schemaRegistryUrls.isEmpty();
  }

  /** The client, created on first use; fails the goal when no URL is configured. */
  /** Fails the build when it uses a schema version past its sunset, instead of only warning. */
  @Parameter(property = "treaty.failAfterSunset", defaultValue = "false")
  boolean failAfterSunset;

  /**
   * Warns when the build uses a deprecated version (its own deprecation or its subject's); past
   * the sunset, fails instead when {@code failAfterSunset} is set.
   */
  void checkDeprecation(RegistryClient client, String subject, int version) throws MojoExecutionException {
    java.util.Optional<dev.treaty.client.model.Deprecation> deprecation = client.deprecation(subject, version);
    if (deprecation.isEmpty()) {
      return;
    }
    String text = deprecation.get().describe();
    if (deprecation.get().isPastSunset(java.time.LocalDate.now(java.time.ZoneOffset.UTC))) {
      if (failAfterSunset) {
        throw new MojoExecutionException(text + ", and its sunset has come (failAfterSunset is true)");
      }
      getLog().warn(text + ", and its sunset has come");
    } else {
      getLog().warn(text);
    }
  }

  RegistryClient client() throws MojoExecutionException {
    if (client == null) {
      if (!hasRegistry()) {
        throw new MojoExecutionException("schemaRegistryUrls is required by this goal and is not configured");
      }
      try {
        ClientSettings settings = ClientSettings.of(schemaRegistryUrls.toArray(String[]::new));
        client = new RegistryClient(settings.withCredentials(credentials()));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("Bad registry settings: " + e.getMessage(), e);
      }
    }
    return client;
  }

  private Credentials credentials() {
    Map<String, String> settings = configs == null ? Map.of() : configs;
    Map<String, String> headers = httpHeaders == null ? Map.of() : httpHeaders;
    headers.keySet().stream().filter(name -> !name.equalsIgnoreCase("Authorization"))
        .forEach(name -> getLog().warn("httpHeaders: " + name + " is not sent; only Authorization is supported"));
    settings.keySet().stream().filter(key -> !key.equals("basic.auth.user.info") && !key.equals("bearer.auth.token"))
        .forEach(key -> getLog().warn("configs: " + key + " is not supported and is ignored"));
    if (userInfoConfig != null && !userInfoConfig.isBlank()) {
      return Credentials.basic(userInfoConfig);
    }
    if (settings.containsKey("basic.auth.user.info")) {
      return Credentials.basic(settings.get("basic.auth.user.info"));
    }
    if (settings.containsKey("bearer.auth.token")) {
      return Credentials.bearer(settings.get("bearer.auth.token"));
    }
    Optional<Credentials> fromSettingsXml = SettingsServerCredentials.find(mavenSettings, settingsDecrypter, serverId);
    if (fromSettingsXml.isPresent()) {
      return fromSettingsXml.get();
    }
    return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("Authorization"))
        .map(header -> fromAuthorization(header.getValue())).findFirst().orElse(Credentials.none());
  }

  private static Credentials fromAuthorization(String value) {
    String trimmed = value.trim();
    if (trimmed.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Credentials.bearer(trimmed.substring(7).trim());
    }
    if (trimmed.regionMatches(true, 0, "Basic ", 0, 6)) {
      byte[] pair = Base64.getDecoder().decode(trimmed.substring(6).trim());
      return Credentials.basic(new String(pair, StandardCharsets.UTF_8));
    }
    throw new IllegalArgumentException("httpHeaders: Authorization must be Basic or Bearer");
  }
}
