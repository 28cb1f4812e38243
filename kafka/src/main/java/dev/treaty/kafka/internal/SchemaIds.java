package dev.treaty.kafka.internal;

import dev.treaty.client.model.Schema;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.kafka.SerdeConfig;
import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import dev.treaty.kafka.SubjectNameStrategy;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks the schema id a serializer writes, in Confluent's order: register the value's schema
 * ({@code auto.register.schemas}), else a fixed id ({@code use.schema.id}), else the subject's
 * latest version ({@code use.latest.version}), else look the value's schema up. The answer is
 * cached per topic and schema, so a warm record neither builds its subject name nor a cache key
 * (the strategy is asked once per topic and schema); with {@code use.latest.version} the answer
 * expires after {@code latest.cache.ttl.sec} (never by default, as Confluent's serdes).
 */
public final class SchemaIds {

  private record Resolved(int id, long expiresAt) {

    boolean expired() {
      return expiresAt != Long.MAX_VALUE && System.nanoTime() - expiresAt > 0;
    }
  }

  private static final CompatibilityChecker CHECKER = new CompatibilityChecker();

  private final RegistrySchemas schemas;
  private final boolean autoRegister;
  private final int useSchemaId;
  private final boolean idStrict;
  private final boolean useLatest;
  private final boolean latestStrict;
  private final long latestTtlNanos;
  private final SubjectNameStrategy strategy;
  private final boolean isKey;
  private final int cacheSize;
  private final Lru<String, Lru<SchemaSource, Resolved>> byTopic;
  // Held once: a loader written at the call site would be a new lambda per record.
  private final Function<String, Lru<SchemaSource, Resolved>> newTopic;

  public SchemaIds(RegistrySchemas schemas, Settings settings, boolean isKey) {
    this.schemas = schemas;
    this.autoRegister = settings.bool(SerdeConfig.AUTO_REGISTER_SCHEMAS, true);
    this.useSchemaId = settings.integer(SerdeConfig.USE_SCHEMA_ID, -1);
    this.idStrict = settings.bool(SerdeConfig.ID_COMPATIBILITY_STRICT, true);
    this.useLatest = settings.bool(SerdeConfig.USE_LATEST_VERSION, false);
    this.latestStrict = settings.bool(SerdeConfig.LATEST_COMPATIBILITY_STRICT, true);
    int ttl = settings.integer(SerdeConfig.LATEST_CACHE_TTL_SEC, -1);
    this.latestTtlNanos = ttl < 0 ? Long.MAX_VALUE : ttl * 1_000_000_000L;
    this.strategy = settings.subjectStrategy(isKey);
    this.isKey = isKey;
    this.cacheSize = settings.cacheSize();
    this.byTopic = new Lru<>(cacheSize);
    this.newTopic = topic -> new Lru<>(this.cacheSize);
  }

  /** The id to write for a value of {@code source}'s schema on {@code topic}. */
  public int idFor(String topic, SchemaSource source) {
    Lru<SchemaSource, Resolved> ofTopic = byTopic.get(topic, newTopic);
    Resolved found = ofTopic.peek(source);
    if (found == null || found.expired()) {
      found = resolve(strategy.subject(topic, isKey, source.name()), source);
      ofTopic.put(source, found);
    }
    return found.id();
  }

  private Resolved resolve(String subject, SchemaSource source) {
    if (source.text() == null && (autoRegister || (useSchemaId < 0 && !useLatest))) {
      throw new SerdeException(Reason.UNSUPPORTED, "The value carries no schema, so there is none to register or look up"
          + " under " + subject + ": configure one, or set use.latest.version=true or use.schema.id");
    }
    if (autoRegister) {
      return forever(schemas.register(subject, source.request()));
    }
    if (useSchemaId >= 0) {
      if (idStrict) {
        requireReadable(schemas.byId(useSchemaId), source, "The schema with id " + useSchemaId
            + " (use.schema.id)", SerdeConfig.ID_COMPATIBILITY_STRICT);
      }
      return forever(useSchemaId);
    }
    if (useLatest) {
      Schema latest = schemas.latest(subject);
      if (latestStrict) {
        ParsedSchema parsed = schemas.parse(latest.schemaType(), latest.schema(), latest.references(),
            subject + " v" + latest.version());
        requireReadable(parsed, source, "The latest version of " + subject, SerdeConfig.LATEST_COMPATIBILITY_STRICT);
      }
      long expiresAt = latestTtlNanos == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + latestTtlNanos;
      return new Resolved(latest.id(), expiresAt);
    }
    return forever(schemas.lookup(subject, source.request()));
  }

  private static Resolved forever(int id) {
    return new Resolved(id, Long.MAX_VALUE);
  }

  /** The registry's schema must read what the value's own schema writes, or the bytes would be misread. */
  private static void requireReadable(ParsedSchema registered, SchemaSource source, String what, String key) {
    if (source.text() == null) {
      return;
    }
    List<Finding> breaking = CHECKER.checkPair(registered, source.parse(), Direction.BACKWARD, null,
        CheckOptions.DEFAULTS.breakingOnly());
    if (!breaking.isEmpty()) {
      throw new SerdeException(Reason.SCHEMA_REFUSED, what + " cannot read data written with the value's schema: "
          + breaking.stream().map(Finding::message).collect(Collectors.joining(" ")) + " Set " + key
          + "=false to disable this check.");
    }
  }
}
