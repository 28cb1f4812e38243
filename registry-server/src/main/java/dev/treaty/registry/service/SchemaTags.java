package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Confluent's schema tags, as it keeps them: inside the schema text, a {@code confluent:tags}
 * array on an Avro record or field (or a JSON Schema object or property, see {@link JsonSchemaTags};
 * Protobuf keeps them in {@code confluent.Meta} options, see {@link ProtobufSchemaTags}).
 * An Avro record is named by its full name ({@code sr_record}), a field by its record's full name
 * and its own ({@code sr_field}). Requests name them in
 * {@code schemaTagsToAdd} / {@code schemaTagsToRemove}:
 * {@code [{"schemaEntity": {"entityPath": "acme.User.ssn", "entityType": "sr_field"}, "tags": ["PII"]}]}.
 */
final class SchemaTags {

  static final String TAGS = "confluent:tags";

  /** A tagged record or field. */
  record Entity(String path, String type) {
    boolean isField() {
      return type.equals("sr_field");
    }
  }

  private SchemaTags() {}

  /** Whether schemas of this type (null meaning AVRO) can carry tags: Avro, JSON Schema and Protobuf. */
  static boolean supports(String schemaType) {
    return schemaType == null || schemaType.isBlank() || schemaType.trim().equalsIgnoreCase("AVRO")
        || schemaType.trim().equalsIgnoreCase("JSON") || isProtobuf(schemaType);
  }

  /**
   * The schema text with the tags added, then removed.
   *
   * @param strict whether an entity the schema lacks is an error (a request's) or skipped (tags
   *     carried over from an older version)
   * @throws RegistryException 42201 for an entity the schema lacks, when strict
   */
  static String apply(
      String schemaType, String text, Map<Entity, Set<String>> add, Map<Entity, Set<String>> remove, boolean strict) {
    if (isProtobuf(schemaType)) {
      return ProtobufSchemaTags.apply(text, add, remove, strict);
    }
    return isJson(schemaType) ? JsonSchemaTags.apply(text, add, remove, strict) : applyAvro(text, add, remove, strict);
  }

  /** Every tagged entity of a schema text, with its tags. */
  static Map<Entity, Set<String>> inline(String schemaType, String text) {
    if (isProtobuf(schemaType)) {
      return ProtobufSchemaTags.inline(text);
    }
    return isJson(schemaType) ? JsonSchemaTags.inline(text) : inlineAvro(text);
  }

  private static boolean isProtobuf(String schemaType) {
    return schemaType != null && schemaType.trim().equalsIgnoreCase("PROTOBUF");
  }

  private static boolean isJson(String schemaType) {
    return schemaType != null && schemaType.trim().equalsIgnoreCase("JSON");
  }

  /** @throws RegistryException 42201 when an entry is not of Confluent's shape */
  static Map<Entity, Set<String>> parse(JsonNode list) {
    Map<Entity, Set<String>> entities = new LinkedHashMap<>();
    if (list == null || list.isNull()) {
      return entities;
    }
    if (!list.isArray()) {
      throw RegistryException.invalidSchema("Schema tags must be a list of {schemaEntity, tags}");
    }
    for (JsonNode entry : list) {
      JsonNode entity = entry.path("schemaEntity");
      String path = entity.path("entityPath").asText("");
      String type = entity.path("entityType").asText("").toLowerCase(Locale.ROOT);
      if (path.isEmpty() || !(type.equals("sr_record") || type.equals("sr_field")) || !entry.path("tags").isArray()) {
        throw RegistryException.invalidSchema(
            "Invalid schema tag " + entry + ": it needs schemaEntity.entityPath, an entityType of sr_record or sr_field, and tags");
      }
      Set<String> tags = entities.computeIfAbsent(new Entity(path.startsWith(".") ? path.substring(1) : path, type),
          key -> new LinkedHashSet<>());
      entry.path("tags").forEach(tag -> tags.add(tag.asText()));
    }
    return entities;
  }

  /**
   * The Avro schema text with the tags added, then removed; an entity that ends with no tags loses
   * its {@code confluent:tags}.
   *
   * @param strict whether an entity the schema lacks is an error (a request's) or skipped (tags
   *     carried over from an older version)
   * @throws RegistryException 42201 for an entity the schema lacks, when strict
   */
  private static String applyAvro(String avro, Map<Entity, Set<String>> add, Map<Entity, Set<String>> remove, boolean strict) {
    JsonNode root = Json.read(avro);
    Map<String, ObjectNode> records = new LinkedHashMap<>();
    collect(root, null, records);
    Set<Entity> touched = new LinkedHashSet<>(add.keySet());
    touched.addAll(remove.keySet());
    for (Entity entity : touched) {
      ObjectNode node = find(records, entity);
      if (node == null) {
        if (strict) {
          throw RegistryException.invalidSchema("Invalid schema tag path " + entity.path() + ": no such "
              + (entity.isField() ? "field" : "record") + " in the schema");
        }
        continue;
      }
      Set<String> tags = tagsOf(node);
      tags.addAll(add.getOrDefault(entity, Set.of()));
      tags.removeAll(remove.getOrDefault(entity, Set.of()));
      if (tags.isEmpty()) {
        node.remove(TAGS);
      } else {
        ArrayNode array = node.putArray(TAGS);
        tags.forEach(array::add);
      }
    }
    return Json.write(root);
  }

  /** Every tagged record and field of an Avro schema text, with its tags. */
  private static Map<Entity, Set<String>> inlineAvro(String avro) {
    Map<String, ObjectNode> records = new LinkedHashMap<>();
    collect(Json.read(avro), null, records);
    Map<Entity, Set<String>> tagged = new LinkedHashMap<>();
    records.forEach((name, record) -> {
      if (record.has(TAGS)) {
        tagged.put(new Entity(name, "sr_record"), tagsOf(record));
      }
      for (JsonNode field : record.path("fields")) {
        if (field.has(TAGS)) {
          tagged.put(new Entity(name + "." + field.path("name").asText(), "sr_field"), tagsOf((ObjectNode) field));
        }
      }
    });
    return tagged;
  }

  private static ObjectNode find(Map<String, ObjectNode> records, Entity entity) {
    if (!entity.isField()) {
      return records.get(entity.path());
    }
    int dot = entity.path().lastIndexOf('.');
    ObjectNode record = dot < 0 ? null : records.get(entity.path().substring(0, dot));
    if (record == null) {
      return null;
    }
    for (JsonNode field : record.path("fields")) {
      if (field.path("name").asText().equals(entity.path().substring(dot + 1))) {
        return (ObjectNode) field;
      }
    }
    return null;
  }

  private static Set<String> tagsOf(ObjectNode node) {
    Set<String> tags = new LinkedHashSet<>();
    node.path(TAGS).forEach(tag -> tags.add(tag.asText()));
    return tags;
  }

  // Records by full name, following Avro's namespace rules: a dotted name is full, else the
  // record's own namespace or the enclosing one applies.
  private static void collect(JsonNode type, String namespace, Map<String, ObjectNode> records) {
    if (type.isArray()) {
      type.forEach(branch -> collect(branch, namespace, records));
      return;
    }
    if (!type.isObject()) {
      return;
    }
    String kind = type.path("type").asText("");
    if (kind.equals("record") || kind.equals("error")) {
      String name = type.path("name").asText();
      String space = type.hasNonNull("namespace") ? type.get("namespace").asText() : namespace;
      String full = name.contains(".") || space == null || space.isEmpty() ? name : space + "." + name;
      String inner = full.contains(".") ? full.substring(0, full.lastIndexOf('.')) : null;
      records.putIfAbsent(full, (ObjectNode) type);
      List<JsonNode> fields = new ArrayList<>();
      type.path("fields").forEach(fields::add);
      fields.forEach(field -> collect(field.path("type"), inner, records));
    } else if (kind.equals("array")) {
      collect(type.path("items"), namespace, records);
    } else if (kind.equals("map")) {
      collect(type.path("values"), namespace, records);
    } else if (type.path("type").isObject() || type.path("type").isArray()) {
      collect(type.path("type"), namespace, records);
    }
  }
}
