package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A schema fetched by id or GUID. {@code subject} and {@code version} appear only when the request
 * named a subject, {@code maxId} only when it asked for it; {@code guid} (Confluent 8) only for
 * clients that accept unknown properties.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchemaString(
    String subject,
    Integer version,
    String guid,
    String schemaType,
    String schema,
    List<SchemaReference> references,
    JsonNode metadata,
    JsonNode ruleSet,
    Integer maxId) {

  /** The same schema without {@code guid}, for Java clients before 7.0, which fail on fields they do not know. */
  public SchemaString withoutGuid() {
    return new SchemaString(subject, version, null, schemaType, schema, references, metadata, ruleSet, maxId);
  }
}
