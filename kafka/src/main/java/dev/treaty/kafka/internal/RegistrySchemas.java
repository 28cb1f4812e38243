package dev.treaty.kafka.internal;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.RegistryClientException;
import dev.treaty.client.model.ContextId;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.client.model.SchemaString;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.kafka.SerdeConfig;
import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A serde's view of the registry: every call it makes, each answer kept in a bounded cache so that
 * the registry is asked once per new schema, never per record. Registry failures come out as the
 * Kafka exceptions of {@link RegistryErrors}. Thread-safe.
 */
public final class RegistrySchemas {

  private record Key(String subject, RegisterSchemaRequest request) {}

  private final RegistryClient client;
  private final boolean normalize;
  private final Lru<Key, Integer> registered;
  private final Lru<Key, Integer> lookedUp;
  private final Lru<Key, Integer> versions;
  private final Lru<Integer, ParsedSchema> parsedById;
  private final Lru<String, Map<String, String>> referenceTexts;
  private final Lru<Integer, UUID> guidsById;
  private final Lru<UUID, Integer> idsByGuid;

  public RegistrySchemas(RegistryClient client, boolean normalize, int cacheSize) {
    this.client = client;
    this.normalize = normalize;
    this.registered = new Lru<>(cacheSize);
    this.lookedUp = new Lru<>(cacheSize);
    this.versions = new Lru<>(cacheSize);
    this.parsedById = new Lru<>(cacheSize);
    this.referenceTexts = new Lru<>(cacheSize);
    this.guidsById = new Lru<>(cacheSize);
    this.idsByGuid = new Lru<>(cacheSize);
  }

  /**
   * The registry view a serde configures: over the given client, or one built from
   * {@code schema.registry.url} and the credential, timeout and retry keys when none was given.
   */
  public static RegistrySchemas configure(RegistryClient given, Settings settings) {
    RegistryClient client = given != null ? given : new RegistryClient(settings.clientSettings());
    return new RegistrySchemas(client, settings.bool(SerdeConfig.NORMALIZE_SCHEMAS, false), settings.cacheSize());
  }

  /** Registers the schema under the subject (or finds it registered); the id. */
  public int register(String subject, RegisterSchemaRequest request) {
    return registered.get(new Key(subject, request), key -> call(
        () -> client.register(key.subject(), key.request(), normalize).id(), Reason.SCHEMA_NOT_REGISTERED,
        "registering a schema under " + key.subject()));
  }

  /** The id of the schema under the subject, without registering it. */
  public int lookup(String subject, RegisterSchemaRequest request) {
    return lookedUp.get(new Key(subject, request), key -> call(
        () -> client.lookup(key.subject(), key.request(), normalize).id(), Reason.SCHEMA_NOT_REGISTERED,
        "looking up the schema under " + key.subject() + " (auto.register.schemas is false)"));
  }

  /** Registers a referenced schema (a Protobuf import) under its subject; the version it has there. */
  public int registerVersion(String subject, RegisterSchemaRequest request) {
    register(subject, request);
    return lookupVersion(subject, request);
  }

  /** The version of the subject that holds this schema. */
  public int lookupVersion(String subject, RegisterSchemaRequest request) {
    return versions.get(new Key(subject, request), key -> call(
        () -> client.lookup(key.subject(), key.request(), normalize).version(), Reason.SCHEMA_NOT_REGISTERED,
        "looking up the referenced schema " + key.subject()));
  }

  /** The subject's latest version, uncached (callers cache with their own expiry). */
  public Schema latest(String subject) {
    return call(() -> client.version(subject, "latest", false), Reason.SCHEMA_NOT_REGISTERED,
        "fetching the latest version of " + subject);
  }

  /** The schema with this id, parsed, its references fetched. */
  public ParsedSchema byId(int id) {
    return parsedById.get(id, key -> {
      SchemaString found = call(() -> client.schemaById(key), Reason.UNKNOWN_SCHEMA_ID, "fetching the schema with id " + key);
      return parse(found.schemaType(), found.schema(), found.references(), "id " + key);
    });
  }

  /** The GUID of the schema with this id (Confluent 8's {@code guid}), for the header form. */
  public UUID guidOf(int id) {
    return guidsById.get(id, key -> {
      SchemaString found = call(() -> client.schemaById(key), Reason.UNKNOWN_SCHEMA_ID, "fetching the schema with id " + key);
      if (found.guid() == null) {
        throw new SerdeException(Reason.UNSUPPORTED, "The registry gave the schema with id " + key + " no guid: the header"
            + " form of the schema id needs a registry that assigns GUIDs (Treaty, Confluent 8)");
      }
      return UUID.fromString(found.guid());
    });
  }

  /** The id of the schema with this GUID (in the default context, where Treaty's serdes read). */
  public int idOf(UUID guid) {
    return idsByGuid.get(guid, key -> {
      List<ContextId> ids = call(() -> client.idsOfGuid(key.toString()), Reason.UNKNOWN_SCHEMA_ID,
          "looking up the schema with GUID " + key);
      return ids.stream().filter(id -> ".".equals(id.context())).findFirst().or(() -> ids.stream().findFirst())
          .orElseThrow(() -> new SerdeException(Reason.UNKNOWN_SCHEMA_ID, "The registry knows no id of the schema with GUID " + key))
          .id();
    });
  }

  /** Parses a schema fetched from the registry, fetching what it references (transitively) first. */
  public ParsedSchema parse(String schemaType, String text, List<SchemaReference> references, String what) {
    Map<String, String> texts = new LinkedHashMap<>();
    collect(references, texts);
    List<ResolvedReference> resolved = new ArrayList<>();
    texts.forEach((name, refText) -> resolved.add(new ResolvedReference(name, refText)));
    try {
      return SchemaFormats.of(schemaType).parse(text, resolved);
    } catch (InvalidSchemaException e) {
      throw new SerdeException(Reason.UNSUPPORTED, "The registry's schema (" + what + ") does not parse: " + e.getMessage(), e);
    }
  }

  /** Dependencies before dependants, each name once, as {@link dev.treaty.compatibility.SchemaFormat#parse} wants. */
  private void collect(List<SchemaReference> references, Map<String, String> into) {
    if (references == null) {
      return;
    }
    for (SchemaReference reference : references) {
      if (into.containsKey(reference.name())) {
        continue;
      }
      String cacheKey = reference.subject() + "\n" + reference.version();
      Map<String, String> own = referenceTexts.get(cacheKey, key -> {
        Schema version = call(() -> client.version(reference.subject(), String.valueOf(reference.version()), true),
            Reason.UNKNOWN_SCHEMA_ID, "fetching the referenced schema " + reference.subject() + " v" + reference.version());
        Map<String, String> texts = new LinkedHashMap<>();
        collect(version.references(), texts);
        texts.put(reference.name(), version.schema());
        return texts;
      });
      own.forEach(into::putIfAbsent);
    }
  }

  private static <T> T call(java.util.function.Supplier<T> work, Reason notFound, String what) {
    try {
      return work.get();
    } catch (RegistryClientException e) {
      throw RegistryErrors.toKafka(e, notFound, what);
    }
  }
}
