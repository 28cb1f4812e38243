package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One breaking change, structured: the stable rule id, an RFC 6901 pointer into the schema (and a
 * .proto location where known), a sentence, the direction checked and the existing version.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Incompatibility(
    String ruleId, String path, String location, String message, String direction, Integer version) {}
