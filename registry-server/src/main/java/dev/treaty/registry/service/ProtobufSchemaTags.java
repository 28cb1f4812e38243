package dev.treaty.registry.service;

import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.protobuf.ProtobufTags;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Schema tags on Protobuf, as Confluent keeps them: the {@code tags} of {@code (confluent.message_meta)}
 * on a message ({@code sr_record}, named by its full name such as {@code acme.Order}) and of
 * {@code (confluent.field_meta)} on a field ({@code sr_field}, {@code acme.Order.ssn}). The editing
 * itself is {@link ProtobufTags}; this maps Confluent's entities onto it and its failures onto 42201.
 */
final class ProtobufSchemaTags {

  private ProtobufSchemaTags() {}

  static String apply(
      String text, Map<SchemaTags.Entity, Set<String>> add, Map<SchemaTags.Entity, Set<String>> remove, boolean strict) {
    try {
      return ProtobufTags.apply(text, elements(add), elements(remove), strict);
    } catch (IllegalArgumentException e) {
      throw RegistryException.invalidSchema(e.getMessage());
    } catch (InvalidSchemaException e) {
      throw RegistryException.invalidSchema("Invalid schema: " + e.getMessage());
    }
  }

  /** Every tagged message and field; nothing for text that does not parse (it carries no tags). */
  static Map<SchemaTags.Entity, Set<String>> inline(String text) {
    Map<SchemaTags.Entity, Set<String>> tagged = new LinkedHashMap<>();
    try {
      ProtobufTags.inline(text).forEach((element, tags) ->
          tagged.put(new SchemaTags.Entity(element.path(), element.isField() ? "sr_field" : "sr_record"), tags));
    } catch (InvalidSchemaException e) {
      return tagged;
    }
    return tagged;
  }

  private static Map<ProtobufTags.Element, Set<String>> elements(Map<SchemaTags.Entity, Set<String>> entities) {
    Map<ProtobufTags.Element, Set<String>> elements = new LinkedHashMap<>();
    entities.forEach((entity, tags) -> elements.put(new ProtobufTags.Element(entity.path(), entity.isField()), tags));
    return elements;
  }
}
