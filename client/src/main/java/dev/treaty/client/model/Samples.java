package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Example events of a schema: {@code samples} the registry generated from {@code seed}, and for a
 * registered version {@code examples}, the events producers' contracts carry for it; of
 * {@code subject} at {@code version} (absent for a posted schema), as JSON in the encoding of
 * {@code schemaType} (Avro's JSON encoding, the proto3 JSON mapping, or the JSON document).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Samples(
    String subject, Integer version, String schemaType, long seed, String message, List<JsonNode> samples,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Example> examples) {

  public Samples {
    samples = samples == null ? List.of() : List.copyOf(samples);
    examples = examples == null ? List.of() : List.copyOf(examples);
  }

  /** An event a producer's contract carries; {@code example} is its index in that contract's examples of the subject. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Example(String producer, String producerVersion, int example, JsonNode value) {}
}
