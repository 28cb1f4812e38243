package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a producer build's contract tests found: {@code producer} at {@code producerVersion} was
 * verified against {@code consumer} at {@code consumerVersion} and {@code passed} or not.
 * {@code buildUrl} points at the build that said so; {@code verifiedAt} (ISO-8601) is set by the
 * server.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerificationResult(
    String producer, String producerVersion, String consumer, String consumerVersion, Boolean passed,
    String buildUrl, String verifiedAt) {

  public static VerificationResult of(
      String producer, String producerVersion, String consumer, String consumerVersion, boolean passed) {
    return new VerificationResult(producer, producerVersion, consumer, consumerVersion, passed, null, null);
  }
}
