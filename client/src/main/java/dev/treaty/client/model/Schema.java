package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One version of a subject, as returned by the version, lookup and {@code /schemas} endpoints.
 * {@code guid}, {@code ts} and {@code deleted} are only sent to clients that accept unknown properties.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Schema(
    String subject,
    Integer version,
    Integer id,
    String guid,
    String schemaType,
    List<SchemaReference> references,
    JsonNode metadata,
    JsonNode ruleSet,
    String schema,
    Long ts,
    Boolean deleted) {

  /** The same schema without the fields Java clients before 7.0 reject. */
  public Schema withoutNewerFields() {
    return new Schema(subject, version, id, null, schemaType, references, metadata, ruleSet, schema, null, null);
  }
}
