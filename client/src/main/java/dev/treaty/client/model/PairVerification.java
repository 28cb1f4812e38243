package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Whether a producer–consumer pair of a can-i-deploy answer has a recorded verification:
 * {@code status} is {@code PASSED}, {@code FAILED} or {@code MISSING}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PairVerification(
    String producer, String producerVersion, String consumer, String consumerVersion, String status) {

  public boolean passed() {
    return "PASSED".equals(status);
  }
}
