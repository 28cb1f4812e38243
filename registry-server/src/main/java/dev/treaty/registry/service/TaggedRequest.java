package dev.treaty.registry.service;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.registry.store.SchemaRow;
import java.util.Map;
import java.util.Optional;

/** A registration request with its schema tag operations carried out on its schema text. */
final class TaggedRequest {

  private TaggedRequest() {}

  /**
   * Confluent's tag operations write {@code confluent:tags} into the schema text before it is
   * parsed: the latest version's tags first when {@code propagateSchemaTags} asks for them (where
   * the new schema still has those records and fields), then {@code schemaTagsToAdd}, then
   * {@code schemaTagsToRemove}. An empty schema stands for the latest version's, so tags can be
   * changed alone. Tags live on Avro records and fields, JSON Schema objects and properties, and
   * Protobuf messages and fields.
   *
   * @throws RegistryException 42201 for a bad tag, a path the schema lacks, or tags on another format
   */
  static RegisterSchemaRequest of(RegisterSchemaRequest request, Optional<SchemaRow> latest) {
    if (request == null) {
      return null;
    }
    var add = SchemaTags.parse(request.schemaTagsToAdd());
    var remove = SchemaTags.parse(request.schemaTagsToRemove());
    boolean propagate = Boolean.TRUE.equals(request.propagateSchemaTags()) && latest.isPresent();
    if (add.isEmpty() && remove.isEmpty() && !propagate) {
      return request;
    }
    String text = request.schema();
    String type = request.schemaType();
    var references = request.references();
    if (text == null || text.isEmpty()) {
      SchemaRow previous = latest.orElseThrow(() -> RegistryException.invalidSchema("Empty schema"));
      text = previous.text();
      type = previous.schemaType();
      references = previous.references();
    }
    if (!SchemaTags.supports(type)) {
      if (add.isEmpty() && remove.isEmpty()) {
        return request; // nothing to carry over into a format without tags
      }
      throw RegistryException.invalidSchema("Schema tags are supported on Avro, JSON Schema and Protobuf schemas only");
    }
    try {
      if (propagate && sameType(latest.get().schemaType(), type)) {
        text = SchemaTags.apply(type, text, SchemaTags.inline(type, latest.get().text()), Map.of(), false);
      }
      text = SchemaTags.apply(type, text, add, remove, true);
    } catch (IllegalStateException e) {
      throw RegistryException.invalidSchema("Invalid schema: it is not JSON, so it cannot carry tags");
    }
    return new RegisterSchemaRequest(text, type, references, request.metadata(), request.ruleSet(), request.version(),
        request.id());
  }


  private static boolean sameType(String stored, String requested) {
    String wanted = requested == null || requested.isBlank() ? "AVRO" : requested.trim().toUpperCase(java.util.Locale.ROOT);
    return stored.equals(wanted);
  }
}
