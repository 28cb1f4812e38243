package dev.treaty.junit;

/**
 * One event a producer may send, as the consumer's handler receives it: decoded with the
 * consumer's own reader schema (an Avro {@code GenericRecord}, a Protobuf {@code DynamicMessage},
 * or a Jackson {@code JsonNode}). Its name says where it came from, so that a failure can be
 * reproduced: the producer, its version, and the sample's seed and index or the example's number.
 *
 * @param json the event as the producer writes it, in its format's JSON encoding
 */
public record ProducedEvent(String producer, String producerVersion, String origin, String json, Object decoded,
    RuntimeException decodingFailure) {

  /** The event decoded with the consumer's reader schema; fails when the reader cannot decode it. */
  @SuppressWarnings("unchecked")
  public <T> T value() {
    if (decodingFailure != null) {
      throw new AssertionError(this + " cannot be decoded with this consumer's reader schema: "
          + decodingFailure.getMessage(), decodingFailure);
    }
    return (T) decoded;
  }

  @Override
  public String toString() {
    return producer + " " + producerVersion + " " + origin;
  }
}
