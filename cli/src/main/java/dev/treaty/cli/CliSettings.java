package dev.treaty.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Connection settings besides the flags: environment variables ({@code TREATY_REGISTRY_URL},
 * {@code TREATY_REGISTRY_USER}, {@code TREATY_REGISTRY_TOKEN}) over a properties file
 * ({@code registry.url}, {@code registry.user}, {@code registry.token}) found at
 * {@code TREATY_CLI_CONFIG}, else {@code $XDG_CONFIG_HOME/treaty/cli.properties}, else
 * {@code ~/.config/treaty/cli.properties}.
 */
final class CliSettings {

  static final String DEFAULT_URL = "http://127.0.0.1:8081";

  private final Map<String, String> env;
  private final Properties file;

  private CliSettings(Map<String, String> env, Properties file) {
    this.env = env;
    this.file = file;
  }

  static CliSettings load(Map<String, String> env) {
    Properties properties = new Properties();
    Optional<Path> path = location(env);
    if (path.isPresent() && Files.isRegularFile(path.get())) {
      try (Reader reader = Files.newBufferedReader(path.get())) {
        properties.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        throw new InputException("Cannot read the settings file " + path.get() + ": " + e.getMessage(), e);
      }
    } else if (env.containsKey("TREATY_CLI_CONFIG")) {
      throw new InputException("The settings file " + path.get() + " (TREATY_CLI_CONFIG) does not exist");
    }
    return new CliSettings(env, properties);
  }

  String url() {
    return value("url").orElse(DEFAULT_URL);
  }

  Optional<String> user() {
    return value("user");
  }

  Optional<String> token() {
    return value("token");
  }

  private Optional<String> value(String key) {
    String fromEnv = env.get("TREATY_REGISTRY_" + key.toUpperCase());
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(fromEnv.trim());
    }
    return Optional.ofNullable(file.getProperty("registry." + key)).map(String::trim).filter(s -> !s.isEmpty());
  }

  private static Optional<Path> location(Map<String, String> env) {
    if (env.containsKey("TREATY_CLI_CONFIG")) {
      return Optional.of(Path.of(env.get("TREATY_CLI_CONFIG")));
    }
    if (env.containsKey("XDG_CONFIG_HOME")) {
      return Optional.of(Path.of(env.get("XDG_CONFIG_HOME"), "treaty", "cli.properties"));
    }
    return Optional.ofNullable(env.get("HOME")).map(home -> Path.of(home, ".config", "treaty", "cli.properties"));
  }
}
