package dev.treaty.kafka.internal;

import dev.treaty.kafka.SerdeException;
import dev.treaty.kafka.SerdeException.Reason;
import java.nio.ByteBuffer;

/** Confluent's wire format: magic byte 0, the schema id as a big-endian int, then the payload. */
public final class Framing {

  public static final byte MAGIC_BYTE = 0;
  public static final int PREFIX_LENGTH = 5;

  private Framing() {}

  /** Writes the prefix into the first {@link #PREFIX_LENGTH} bytes of {@code out}. */
  public static void writePrefix(byte[] out, int schemaId) {
    out[0] = MAGIC_BYTE;
    out[1] = (byte) (schemaId >>> 24);
    out[2] = (byte) (schemaId >>> 16);
    out[3] = (byte) (schemaId >>> 8);
    out[4] = (byte) schemaId;
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
