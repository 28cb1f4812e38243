package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Body of register, lookup and compatibility checks. A missing {@code schemaType} means AVRO;
 * {@code id} and {@code version} are only honoured in IMPORT mode (or a version equal to the next).
 * {@code schemaTagsToAdd}, {@code schemaTagsToRemove} and {@code propagateSchemaTags} are
 * Confluent's tag operations ({@code [{"path": [...], "tags": [...]}]}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisterSchemaRequest(
    String schema,
    String schemaType,
    List<SchemaReference> references,
    JsonNode metadata,
    @JsonAlias("ruleset") JsonNode ruleSet,
    Integer version,
    Integer id,
    JsonNode schemaTagsToAdd,
    JsonNode schemaTagsToRemove,
    Boolean propagateSchemaTags) {

  public RegisterSchemaRequest {
    references = references == null ? List.of() : List.copyOf(references);
  }

  /** A request without tag operations. */
  public RegisterSchemaRequest(
      String schema, String schemaType, List<SchemaReference> references, JsonNode metadata, JsonNode ruleSet,
      Integer version, Integer id) {
    this(schema, schemaType, references, metadata, ruleSet, version, id, null, null, null);
  }

  public static RegisterSchemaRequest of(String schemaType, String schema, List<SchemaReference> references) {
    return new RegisterSchemaRequest(schema, schemaType, references, null, null, null, null);
  }

  /** The same request carrying {@code metadata} and {@code ruleSet} ({@code null} for none). */
  public RegisterSchemaRequest withMetadata(JsonNode metadata, JsonNode ruleSet) {
    return new RegisterSchemaRequest(schema, schemaType, references, metadata, ruleSet, version, id, schemaTagsToAdd,
        schemaTagsToRemove, propagateSchemaTags);
  }

  /** The same request asking the registry to carry the latest version's schema tags over (Confluent's flag). */
  public RegisterSchemaRequest withPropagateSchemaTags(boolean propagate) {
    return new RegisterSchemaRequest(schema, schemaType, references, metadata, ruleSet, version, id, schemaTagsToAdd,
        schemaTagsToRemove, propagate ? Boolean.TRUE : null);
  }
}
