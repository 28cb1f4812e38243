package dev.treaty.kafka.internal;

import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Confluent's wire format: magic byte 0, the schema id as a big-endian int, then the payload. */
public final class Framing {

  public static final byte MAGIC_BYTE = 0;
  public static final int PREFIX_LENGTH = 5;

  private Framing() {}

  /** A buffer already holding the prefix; the caller appends the payload. */
  public static ByteArrayOutputStream start(int schemaId, int expectedPayload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(PREFIX_LENGTH + expectedPayload);
    out.write(MAGIC_BYTE);
    out.write(schemaId >>> 24);
    out.write(schemaId >>> 16);
    out.write(schemaId >>> 8);
    out.write(schemaId);
    return out;
  }

  /**
   * The schema id of framed bytes; the returned buffer is positioned at the payload.
   *
   * @throws SerdeException {@link Reason#UNKNOWN_MAGIC_BYTE} when the bytes are not framed
   */
  public static int readId(ByteBuffer buffer) {
    if (buffer.remaining() < PREFIX_LENGTH || buffer.get() != MAGIC_BYTE) {
      throw new SerdeException(Reason.UNKNOWN_MAGIC_BYTE,
          "Unknown magic byte: the record was not written by a schema-registry serializer");
    }
    return buffer.getInt();
  }
}
