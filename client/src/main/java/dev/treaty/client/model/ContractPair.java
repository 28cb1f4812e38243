package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The verdict on one producer–consumer pair of a subject: {@code compatible} when the consumer's
 * reader schema reads everything the producer writes and every example of the consumer is valid
 * under the producer's schema. {@code findings} are the compatibility library's breaking findings.
 * {@code producerSchemaVersion} and {@code consumerSchemaVersion} are the registered versions of the
 * subject that each side's schema is (the version a contract names, or the live version whose schema
 * its inline text is); {@code null} when the schema is not registered.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractPair(
    String subject,
    String producer,
    String producerVersion,
    String consumer,
    String consumerVersion,
    Integer producerSchemaVersion,
    Integer consumerSchemaVersion,
    boolean compatible,
    List<Incompatibility> findings,
    List<ExampleProblem> examples) {

  public ContractPair {
    findings = findings == null ? List.of() : List.copyOf(findings);
    examples = examples == null ? List.of() : List.copyOf(examples);
  }
}
