package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A schema fetched by id. {@code subject} and {@code version} appear only when the request named a
 * subject, {@code maxId} only when it asked for it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchemaString(
    String subject,
    Integer version,
    String schemaType,
    String schema,
    List<SchemaReference> references,
    JsonNode metadata,
    JsonNode ruleSet,
    Integer maxId) {}
