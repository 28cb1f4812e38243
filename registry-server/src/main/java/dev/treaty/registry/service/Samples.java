package dev.treaty.registry.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Example events of a schema: {@code samples} generated from {@code seed}, and for a registered
 * version {@code examples}, the events producers' contracts carry for it (absent for a posted
 * schema). {@code subject} and {@code version} are absent for a posted schema; all events are in
 * the JSON encoding of {@code schemaType} (Avro's JSON encoding, the proto3 JSON mapping, or the
 * document itself); {@code message} is the Protobuf message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Samples(
    String subject, Integer version, String schemaType, long seed, String message, List<JsonNode> samples,
    List<Example> examples) {

  /**
   * An event a producer's contract carries: {@code example} is its index among that contract's
   * examples of the subject, as can-i-deploy reports name a consumer's examples.
   */
  public record Example(String producer, String producerVersion, int example, JsonNode value) {}
}
