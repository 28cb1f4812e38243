package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Example events the registry generated from a schema: of {@code subject} at {@code version}
 * (absent for a posted schema), as JSON in the encoding of {@code schemaType} (Avro's JSON
 * encoding, the proto3 JSON mapping, or the JSON document), from {@code seed}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Samples(String subject, Integer version, String schemaType, long seed, String message, List<JsonNode> samples) {

  public Samples {
    samples = samples == null ? List.of() : List.copyOf(samples);
  }
}
