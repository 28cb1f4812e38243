package dev.treaty.compatibility;

/**
 * What to generate: {@code count} samples from {@code seed}, of the message {@code message} (a
 * Protobuf message's full name; {@code null} means the first message, and Avro and JSON Schema
 * ignore it). The same request over the same schema always gives the same samples, and sample
 * {@code i} does not depend on {@code count}, so a failure is reproduced by its seed and index.
 */
public record SampleRequest(int count, long seed, String message) {

  /** More than this is refused: samples are for tests, not load generation. */
  public static final int MAX_COUNT = 100;

  public SampleRequest {
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("count must be between 1 and " + MAX_COUNT + ", not " + count);
    }
  }
}
