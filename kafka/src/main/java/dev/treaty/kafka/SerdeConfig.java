package dev.treaty.kafka;

/**
 * The configuration keys Treaty's serializers and deserializers read. Confluent's keys keep their
 * names and defaults, so a properties file moves over unchanged; Treaty's own keys start with
 * {@code treaty.}. See docs/kafka.md for the full table.
 */
public final class SerdeConfig {

  private SerdeConfig() {}

  // Confluent's keys, same names and defaults.
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
  public static final String LEGACY_BASIC_AUTH_USER_INFO = "schema.registry.basic.auth.user.info";
  public static final String BEARER_AUTH_CREDENTIALS_SOURCE = "bearer.auth.credentials.source";
  public static final String BEARER_AUTH_TOKEN = "bearer.auth.token";
  public static final String BEARER_AUTH_ISSUER_ENDPOINT_URL = "bearer.auth.issuer.endpoint.url";
  public static final String BEARER_AUTH_CLIENT_ID = "bearer.auth.client.id";
  public static final String BEARER_AUTH_CLIENT_SECRET = "bearer.auth.client.secret";
  public static final String BEARER_AUTH_SCOPE = "bearer.auth.scope";
  public static final String BEARER_AUTH_CACHE_EXPIRY_BUFFER_SECONDS = "bearer.auth.cache.expiry.buffer.seconds";
  public static final String BEARER_AUTH_LOGICAL_CLUSTER = "bearer.auth.logical.cluster";
  public static final String BEARER_AUTH_IDENTITY_POOL_ID = "bearer.auth.identity.pool.id";
  public static final String SSL_TRUSTSTORE_LOCATION = "schema.registry.ssl.truststore.location";
  public static final String SSL_TRUSTSTORE_PASSWORD = "schema.registry.ssl.truststore.password";
  public static final String SSL_TRUSTSTORE_TYPE = "schema.registry.ssl.truststore.type";
  public static final String SSL_KEYSTORE_LOCATION = "schema.registry.ssl.keystore.location";
  public static final String SSL_KEYSTORE_PASSWORD = "schema.registry.ssl.keystore.password";
  public static final String SSL_KEYSTORE_TYPE = "schema.registry.ssl.keystore.type";
  public static final String SSL_KEY_PASSWORD = "schema.registry.ssl.key.password";
  public static final String SSL_PROTOCOL = "schema.registry.ssl.protocol";
  public static final String SSL_ENDPOINT_IDENTIFICATION_ALGORITHM = "schema.registry.ssl.endpoint.identification.algorithm";
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  public static final String USE_LATEST_VERSION = "use.latest.version";
  public static final String LATEST_COMPATIBILITY_STRICT = "latest.compatibility.strict";
  public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
  public static final String NORMALIZE_SCHEMAS = "normalize.schemas";
  public static final String USE_SCHEMA_ID = "use.schema.id";
  public static final String ID_COMPATIBILITY_STRICT = "id.compatibility.strict";
  public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
  public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
  public static final String MAX_SCHEMAS_PER_SUBJECT = "max.schemas.per.subject";
  public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
  public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";
  public static final String MAX_RETRIES = "max.retries";
  public static final String RETRIES_WAIT_MS = "retries.wait.ms";
  public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";
  public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
  public static final String SCHEMA_REFLECTION = "schema.reflection";
  public static final String AVRO_REFLECTION_ALLOW_NULL = "avro.reflection.allow.null";
  public static final String JSON_FAIL_INVALID_SCHEMA = "json.fail.invalid.schema";
  public static final String JSON_FAIL_UNKNOWN_PROPERTIES = "json.fail.unknown.properties";
  public static final String JSON_KEY_TYPE = "json.key.type";
  public static final String JSON_VALUE_TYPE = "json.value.type";
  public static final String SPECIFIC_PROTOBUF_KEY_TYPE = "specific.protobuf.key.type";
  public static final String SPECIFIC_PROTOBUF_VALUE_TYPE = "specific.protobuf.value.type";
  public static final String SKIP_KNOWN_TYPES = "skip.known.types";
  /**
   * Confluent 8: where the key's schema id goes. {@code HeaderSchemaIdSerializer} (Confluent's class
   * name, with or without its package) puts the schema's GUID in the {@code __key_schema_id}
   * header; {@code PrefixSchemaIdSerializer}, the default, writes the 5-byte prefix.
   */
  public static final String KEY_SCHEMA_ID_SERIALIZER = "key.schema.id.serializer";
  /** As {@link #KEY_SCHEMA_ID_SERIALIZER}, for the value and its {@code __value_schema_id} header. */
  public static final String VALUE_SCHEMA_ID_SERIALIZER = "value.schema.id.serializer";
  /**
   * Confluent 8: where a deserializer looks for the key's schema id. {@code DualSchemaIdDeserializer},
   * the default, reads the header when the record has one and the prefix otherwise;
   * {@code PrefixSchemaIdDeserializer} reads the prefix only.
   */
  public static final String KEY_SCHEMA_ID_DESERIALIZER = "key.schema.id.deserializer";
  /** As {@link #KEY_SCHEMA_ID_DESERIALIZER}, for the value. */
  public static final String VALUE_SCHEMA_ID_DESERIALIZER = "value.schema.id.deserializer";

  // Treaty's own keys.
  /** Entries kept in each of a serde's caches (schema ids, parsed schemas, lookups); default 1000. */
  public static final String CACHE_SIZE = "treaty.cache.size";
  /** JSON Schema text a JSON serializer registers for the key (when the value carries no schema). */
  public static final String JSON_KEY_SCHEMA = "treaty.json.key.schema";
  /** JSON Schema text a JSON serializer registers for the value (when the value carries no schema). */
  public static final String JSON_VALUE_SCHEMA = "treaty.json.value.schema";
  /** Avro schema text a deserializer reads the key with (the consumer's version), instead of the writer's. */
  public static final String AVRO_KEY_READER_SCHEMA = "treaty.avro.key.reader.schema";
  /** Avro schema text a deserializer reads the value with (the consumer's version), instead of the writer's. */
  public static final String AVRO_VALUE_READER_SCHEMA = "treaty.avro.value.reader.schema";
  /** {@code true} to set CloudEvents-style {@code ce_*} headers on every record serialized. */
  public static final String ENVELOPE_ENABLED = "treaty.envelope.enabled";
  /** The {@code ce_source} of the envelope, e.g. {@code /orders-service}. */
  public static final String ENVELOPE_SOURCE = "treaty.envelope.source";
  /** A top-level field of the record whose value becomes {@code ce_id}; a random UUID when unset or empty. */
  public static final String ENVELOPE_ID_FIELD = "treaty.envelope.id.field";
  /** A top-level field of the record whose value becomes the correlation id header. */
  public static final String ENVELOPE_CORRELATION_FIELD = "treaty.envelope.correlation.field";
}
