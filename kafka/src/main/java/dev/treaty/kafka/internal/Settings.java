package dev.treaty.kafka.internal;

import dev.treaty.client.ClientSettings;
import dev.treaty.client.Credentials;
import dev.treaty.client.RetryPolicy;
import dev.treaty.kafka.SerdeConfig;
import dev.treaty.kafka.SubjectNameStrategy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/** A serde's configuration map, read with Confluent's defaults. */
public final class Settings {

  private final Map<String, ?> configs;

  public Settings(Map<String, ?> configs) {
    this.configs = Map.copyOf(configs.entrySet().stream()
        .filter(entry -> entry.getValue() != null)
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  public Map<String, ?> raw() {
    return configs;
  }

  public String string(String key, String fallback) {
    Object value = configs.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Class<?> type) {
      return type.getName();
    }
    if (value instanceof org.apache.kafka.common.config.types.Password password) {
      return password.value().trim();
    }
    String text = value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList()) : value.toString();
    return text.trim();
  }

  public boolean bool(String key, boolean fallback) {
    String value = string(key, null);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw new ConfigException(key, value, "Expected true or false");
    }
    return Boolean.parseBoolean(value);
  }

  public int integer(String key, int fallback) {
    String value = string(key, null);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new ConfigException(key, value, "Expected a whole number");
    }
  }

  public int cacheSize() {
    return integer(SerdeConfig.CACHE_SIZE, integer(SerdeConfig.MAX_SCHEMAS_PER_SUBJECT, 1000));
  }

  /**
   * Whether a serializer puts the schema id in a record header ({@code key.schema.id.serializer} /
   * {@code value.schema.id.serializer} naming Confluent's {@code HeaderSchemaIdSerializer}) rather
   * than in the prefix ({@code PrefixSchemaIdSerializer}, the default).
   */
  public boolean schemaIdInHeader(boolean isKey) {
    String key = isKey ? SerdeConfig.KEY_SCHEMA_ID_SERIALIZER : SerdeConfig.VALUE_SCHEMA_ID_SERIALIZER;
    return switch (simpleName(key)) {
      case "", "PrefixSchemaIdSerializer" -> false;
      case "HeaderSchemaIdSerializer" -> true;
      default -> throw new ConfigException(key, string(key, ""),
          "Treaty's serializers know HeaderSchemaIdSerializer and PrefixSchemaIdSerializer");
    };
  }

  /**
   * Whether a deserializer reads the schema id from the record's header when it has one
   * ({@code DualSchemaIdDeserializer}, the default) or from the prefix only
   * ({@code PrefixSchemaIdDeserializer}).
   */
  public boolean schemaIdFromHeader(boolean isKey) {
    String key = isKey ? SerdeConfig.KEY_SCHEMA_ID_DESERIALIZER : SerdeConfig.VALUE_SCHEMA_ID_DESERIALIZER;
    return switch (simpleName(key)) {
      case "", "DualSchemaIdDeserializer" -> true;
      case "PrefixSchemaIdDeserializer" -> false;
      default -> throw new ConfigException(key, string(key, ""), "Treaty's deserializers know DualSchemaIdDeserializer and"
          + " PrefixSchemaIdDeserializer (not ConfigSchemaIdDeserializer: records without any id are not supported)");
    };
  }

  /** A class-valued key's class name without its package (Confluent's classes are not on Treaty's class path). */
  private String simpleName(String key) {
    String name = string(key, "");
    return name.substring(name.lastIndexOf('.') + 1);
  }

  public SubjectNameStrategy subjectStrategy(boolean isKey) {
    String key = isKey ? SerdeConfig.KEY_SUBJECT_NAME_STRATEGY : SerdeConfig.VALUE_SUBJECT_NAME_STRATEGY;
    return SubjectStrategies.of(key, configs.get(key));
  }

  /** The registry client's settings: URLs, credentials, timeouts and retries from Confluent's keys. */
  public ClientSettings clientSettings() {
    String urls = string(SerdeConfig.SCHEMA_REGISTRY_URL, "");
    if (urls.isEmpty()) {
      throw new ConfigException("Missing required configuration \"" + SerdeConfig.SCHEMA_REGISTRY_URL + "\"");
    }
    List<String> plain = new ArrayList<>();
    String userInfo = null;
    for (String url : urls.split(",")) {
      String trimmed = url.trim();
      if (trimmed.startsWith("mock://")) {
        throw new ConfigException(SerdeConfig.SCHEMA_REGISTRY_URL, trimmed,
            "Treaty's serdes have no in-memory mock registry; start a Treaty server (./treaty serve) instead");
      }
      URI uri = URI.create(trimmed);
      if (uri.getUserInfo() != null) {
        userInfo = uri.getUserInfo();
        trimmed = trimmed.replace(uri.getRawUserInfo() + "@", "");
      }
      plain.add(trimmed);
    }
    ClientSettings settings;
    try {
      settings = ClientSettings.of(plain.toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(SerdeConfig.SCHEMA_REGISTRY_URL, urls, e.getMessage());
    }
    int retries = integer(SerdeConfig.MAX_RETRIES, 3);
    return settings
        .withCredentials(credentials(userInfo))
        .withSslContext(RegistryTls.context(this))
        .withRetry(new RetryPolicy(Math.max(1, retries + 1),
            Duration.ofMillis(integer(SerdeConfig.RETRIES_WAIT_MS, 1000)),
            Duration.ofMillis(integer(SerdeConfig.RETRIES_MAX_WAIT_MS, 20000))))
        .withTimeouts(Duration.ofMillis(integer(SerdeConfig.HTTP_CONNECT_TIMEOUT_MS, 60000)),
            Duration.ofMillis(integer(SerdeConfig.HTTP_READ_TIMEOUT_MS, 60000)));
  }

  /** {@code bearer.auth.credentials.source=OAUTHBEARER}: tokens of the client credentials grant. */
  private Credentials oauthClientCredentials() {
    for (String cloudOnly : List.of(SerdeConfig.BEARER_AUTH_LOGICAL_CLUSTER, SerdeConfig.BEARER_AUTH_IDENTITY_POOL_ID)) {
      if (!string(cloudOnly, "").isEmpty()) {
        throw new ConfigException(cloudOnly, string(cloudOnly, ""), "A Confluent Cloud header; a Treaty registry has no use for it");
      }
    }
    String endpoint = required(SerdeConfig.BEARER_AUTH_ISSUER_ENDPOINT_URL);
    URI uri;
    try {
      uri = URI.create(endpoint);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(SerdeConfig.BEARER_AUTH_ISSUER_ENDPOINT_URL, endpoint, "Not a URL");
    }
    int buffer = integer(SerdeConfig.BEARER_AUTH_CACHE_EXPIRY_BUFFER_SECONDS, 300);
    if (buffer < 0 || buffer > 3600) {
      throw new ConfigException(SerdeConfig.BEARER_AUTH_CACHE_EXPIRY_BUFFER_SECONDS, buffer, "Between 0 and 3600, as Confluent's");
    }
    return Credentials.clientCredentials(uri, required(SerdeConfig.BEARER_AUTH_CLIENT_ID),
        required(SerdeConfig.BEARER_AUTH_CLIENT_SECRET), string(SerdeConfig.BEARER_AUTH_SCOPE, ""), Duration.ofSeconds(buffer));
  }

  private String required(String key) {
    String value = string(key, "");
    if (value.isEmpty()) {
      throw new ConfigException(key, value, "Required with " + SerdeConfig.BEARER_AUTH_CREDENTIALS_SOURCE + "=OAUTHBEARER");
    }
    return value;
  }

  private Credentials credentials(String urlUserInfo) {
    String bearerSource = string(SerdeConfig.BEARER_AUTH_CREDENTIALS_SOURCE, "STATIC_TOKEN");
    if (bearerSource.equalsIgnoreCase("OAUTHBEARER")) {
      return oauthClientCredentials();
    }
    String token = string(SerdeConfig.BEARER_AUTH_TOKEN, "");
    if (!token.isEmpty()) {
      if (!bearerSource.equalsIgnoreCase("STATIC_TOKEN")) {
        throw new ConfigException(SerdeConfig.BEARER_AUTH_CREDENTIALS_SOURCE, bearerSource,
            "Treaty's serdes support STATIC_TOKEN and OAUTHBEARER");
      }
      return Credentials.bearer(token);
    }
    String source = string(SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "URL");
    String userInfo = string(SerdeConfig.LEGACY_BASIC_AUTH_USER_INFO, string(SerdeConfig.BASIC_AUTH_USER_INFO, ""));
    switch (source.toUpperCase(java.util.Locale.ROOT)) {
      case "URL":
        return urlUserInfo == null ? Credentials.none() : Credentials.basic(urlUserInfo);
      case "USER_INFO":
        return userInfo.isEmpty() ? Credentials.none() : Credentials.basic(userInfo);
      default:
        throw new ConfigException(SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, source,
            "Treaty's serdes support URL and USER_INFO");
    }
  }
}
