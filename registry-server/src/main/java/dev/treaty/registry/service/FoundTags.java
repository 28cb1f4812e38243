package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Confluent's {@code findTags} on reads of a schema: its tagged records and fields whose tags
 * include one of those asked for ({@code *} for any), as {@code schemaTags}
 * ({@code [{"schemaEntity": {"entityPath", "entityType"}, "tags": [...]}]}), from Avro, JSON Schema
 * and Protobuf schemas.
 */
public final class FoundTags {

  private FoundTags() {}

  public static ArrayNode of(String schemaType, String text, List<String> wanted) {
    ArrayNode found = Json.MAPPER.createArrayNode();
    if (!SchemaTags.supports(schemaType)) {
      return found;
    }
    boolean any = wanted.contains("*");
    Map<SchemaTags.Entity, Set<String>> tagged;
    try {
      tagged = SchemaTags.inline(schemaType, text);
    } catch (IllegalStateException e) {
      return found; // a stored primitive or unparsable text carries no tags
    }
    tagged.forEach((entity, tags) -> {
      if (any || !Collections.disjoint(tags, wanted)) {
        ObjectNode entry = found.addObject();
        entry.putObject("schemaEntity").put("entityPath", entity.path()).put("entityType", entity.type());
        tags.forEach(entry.putArray("tags")::add);
      }
    });
    return found;
  }
}
