package dev.treaty.kafka;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record that cannot be written or read for a reason retrying will not fix. The consumer wraps
 * it in a {@code RecordDeserializationException}; {@link DeadLetters} reads {@link #reason()} to
 * label the dead letter.
 */
public class SerdeException extends SerializationException {

  /** Why a record could not be written or read; stable names, used as the dead-letter reason. */
  public enum Reason {
    /** The first byte is not Confluent's magic byte 0 (not framed by a schema-aware serializer). */
    UNKNOWN_MAGIC_BYTE,
    /** The registry knows no schema with the id in the record. */
    UNKNOWN_SCHEMA_ID,
    /** The bytes do not decode with the writer's schema, or the payload breaks the schema. */
    PAYLOAD_REJECTED,
    /** The consumer's reader schema cannot read what the writer's schema wrote. */
    INCOMPATIBLE_WRITER_SCHEMA,
    /** The serializer found no schema for the value under its subject (auto-registration off). */
    SCHEMA_NOT_REGISTERED,
    /** The registry refused the value's schema as incompatible with the subject's versions. */
    SCHEMA_REFUSED,
    /** The serializer or deserializer was given something it cannot handle (wrong type, bad config). */
    UNSUPPORTED
  }

  private final Reason reason;

  public SerdeException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public SerdeException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }
}
