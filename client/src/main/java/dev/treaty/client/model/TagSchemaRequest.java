package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Body of Confluent's {@code POST /subjects/{subject}/versions/{version}/tags}: a new version made
 * of that version's schema with schema tags added and removed ({@code [{"schemaEntity":
 * {"entityPath", "entityType"}, "tags": [...]}]}), and optionally new metadata or a new rule set.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TagSchemaRequest(
    Integer newVersion,
    JsonNode tagsToAdd,
    JsonNode tagsToRemove,
    JsonNode metadata,
    JsonNode ruleSet,
    JsonNode rulesToMerge,
    JsonNode rulesToRemove) {}
