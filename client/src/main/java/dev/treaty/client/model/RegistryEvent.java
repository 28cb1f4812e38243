package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of Treaty's change feed: what changed ({@code type}, e.g. {@code SCHEMA_REGISTERED}),
 * when (ISO-8601 {@code time}), where, and who asked.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryEvent(
    long id, String time, String type, String subject, Integer version, Integer schemaId, String actor) {}
