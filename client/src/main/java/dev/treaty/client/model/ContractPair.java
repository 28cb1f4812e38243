package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The verdict on one producer–consumer pair of a subject: {@code compatible} when the consumer's
 * reader schema reads everything the producer writes and every example of the consumer is valid
 * under the producer's schema. {@code findings} are the compatibility library's breaking findings.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractPair(
    String subject,
    String producer,
    String producerVersion,
    String consumer,
    String consumerVersion,
    boolean compatible,
    List<Incompatibility> findings,
    List<ExampleProblem> examples) {

  public ContractPair {
    findings = findings == null ? List.of() : List.copyOf(findings);
    examples = examples == null ? List.of() : List.copyOf(examples);
  }
}
