package dev.treaty.registry.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Generated example events: of {@code subject} at {@code version} (both absent for a posted
 * schema), in the JSON encoding of {@code schemaType} (Avro's JSON encoding, the proto3 JSON
 * mapping, or the document itself), from {@code seed}; {@code message} is the Protobuf message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Samples(String subject, Integer version, String schemaType, long seed, String message, List<JsonNode> samples) {}
