package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A consumer's example message that the producer's schema does not accept: which example (0-based,
 * in the order the consumer published them), the rule and JSON Pointer of the problem, why, and
 * how to fix it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExampleProblem(int example, String ruleId, String path, String message, String remedy) {

  public ExampleProblem(int example, String ruleId, String path, String message) {
    this(example, ruleId, path, message, null);
  }
}
