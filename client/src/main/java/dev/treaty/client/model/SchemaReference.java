package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A dependency of a schema: {@code name} is how the schema refers to it (Avro full name, .proto
 * import path, JSON Schema {@code $ref}), {@code subject} and {@code version} where it is registered.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchemaReference(String name, String subject, Integer version) {}
