package dev.treaty.registry;

import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.registry.security.SecurityConfig;
import dev.treaty.registry.webhooks.WebhookConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reads {@link ServerConfig} from, in rising precedence: a properties file ({@code --config} or
 * {@code TREATY_CONFIG}), environment variables ({@code db.url} is {@code TREATY_DB_URL}) and
 * flags ({@code --db-url=...} or {@code --db-url ...}).
 */
final class ConfigLoader {

  static final List<String> KEYS = Stream.concat(Stream.of(
      "host", "port", "db.url", "db.user", "db.password", "data.dir", "pool.size", "body.limit", "compatibility",
      "cache.size", "always.newer.fields", "incompatible.error.code", "validate.fields"), Stream.concat(SecurityConfig.KEYS.stream(),
      WebhookConfig.KEYS.stream())).toList();

  private ConfigLoader() {}

  /** Whether the arguments ask for the usage text rather than a server. */
  static boolean wantsHelp(List<String> args) {
    return args.contains("--help") || args.contains("-h");
  }

  /** Every setting with its flag and environment variable, for {@code treaty serve --help}. */
  static String usage() {
    StringBuilder text = new StringBuilder(String.join(System.lineSeparator(),
        "Usage: treaty serve [--config FILE] [--<setting> VALUE]...",
        "Starts the registry (embedded H2 in --data-dir unless --db-url names a database). Each setting",
        "is also an environment variable and a key of the --config properties file; flags beat the",
        "environment, which beats the file. Defaults and meanings: docs/rest-api.md, \"Running it\".",
        "",
        ""));
    for (String key : KEYS) {
      text.append(String.format(Locale.ROOT, "  --%-34s %s%n", key.replace('.', '-'), environmentName(key)));
    }
    return text.toString();
  }

  private static String environmentName(String key) {
    return "TREATY_" + key.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  static ServerConfig load(List<String> args, Map<String, String> env) {
    Map<String, String> flags = flags(args);
    Map<String, String> values = new HashMap<>();
    String file = flags.getOrDefault("config", env.get("TREATY_CONFIG"));
    if (file != null) {
      values.putAll(file(Path.of(file)));
    }
    for (String key : KEYS) {
      String fromEnv = env.get(environmentName(key));
      if (fromEnv != null) {
        values.put(key, fromEnv);
      }
      String fromFlag = flags.get(key.replace('.', '-'));
      if (fromFlag != null) {
        values.put(key, fromFlag);
      }
    }
    ServerConfig d = ServerConfig.defaults();
    return new ServerConfig(
        values.getOrDefault("host", d.host()),
        Integer.parseInt(values.getOrDefault("port", Integer.toString(d.port()))),
        values.getOrDefault("db.url", d.dbUrl()),
        values.getOrDefault("db.user", d.dbUser()),
        values.getOrDefault("db.password", d.dbPassword()),
        Path.of(values.getOrDefault("data.dir", d.dataDir().toString())),
        Integer.parseInt(values.getOrDefault("pool.size", Integer.toString(d.poolSize()))),
        Long.parseLong(values.getOrDefault("body.limit", Long.toString(d.bodyLimit()))),
        CompatibilityLevel.parse(values.getOrDefault("compatibility", d.defaultCompatibility().name())),
        Integer.parseInt(values.getOrDefault("cache.size", Integer.toString(d.cacheSize()))),
        Boolean.parseBoolean(values.getOrDefault("always.newer.fields", "false")),
        Integer.parseInt(values.getOrDefault("incompatible.error.code", "409")),
        SecurityConfig.from(values, Path.of(values.getOrDefault("data.dir", d.dataDir().toString()))),
        WebhookConfig.from(values),
        Boolean.parseBoolean(values.getOrDefault("validate.fields", "false")));
  }

  private static Map<String, String> flags(List<String> args) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument: " + arg);
      }
      String name = arg.substring(2);
      int equals = name.indexOf('=');
      if (equals >= 0) {
        flags.put(name.substring(0, equals), name.substring(equals + 1));
      } else if (i + 1 < args.size()) {
        flags.put(name, args.get(++i));
      } else {
        throw new IllegalArgumentException("Flag --" + name + " needs a value");
      }
    }
    return flags;
  }

  private static Map<String, String> file(Path path) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read config file " + path, e);
    }
    Map<String, String> values = new HashMap<>();
    properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
    return values;
  }
}
