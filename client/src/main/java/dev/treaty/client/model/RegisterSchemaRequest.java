package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Body of register, lookup and compatibility checks. A missing {@code schemaType} means AVRO;
 * {@code id} and {@code version} are only honoured in IMPORT mode (or a version equal to the next).
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
    Integer id) {

  public RegisterSchemaRequest {
    references = references == null ? List.of() : List.copyOf(references);
  }

  public static RegisterSchemaRequest of(String schemaType, String schema, List<SchemaReference> references) {
    return new RegisterSchemaRequest(schema, schemaType, references, null, null, null, null);
  }
}
