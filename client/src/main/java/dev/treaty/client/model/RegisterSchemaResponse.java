package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Answer to a registration: the id, and (as Confluent 8.x does) the stored schema. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisterSchemaResponse(
    int id,
    Integer version,
    String guid,
    String schemaType,
    List<SchemaReference> references,
    JsonNode metadata,
    JsonNode ruleSet,
    String schema) {}
