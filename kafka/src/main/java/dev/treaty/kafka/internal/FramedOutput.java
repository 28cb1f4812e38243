package dev.treaty.kafka.internal;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable buffer that starts with the 5-byte prefix (or nothing, when the id travels in a
 * header), for formats that cannot tell their
 * encoded size in advance (Avro, JSON). One is kept per thread and reused, so a record costs one
 * allocation, its exact-size result; a buffer grown past {@link #KEEP_LIMIT} by a large record is
 * let go rather than held for the thread's life. Not thread-safe: one record at a time.
 */
public final class FramedOutput extends OutputStream {

  static final int KEEP_LIMIT = 1 << 20;

  private static final ThreadLocal<FramedOutput> PER_THREAD = ThreadLocal.withInitial(FramedOutput::new);

  private byte[] buffer = new byte[512];
  private int count;
  private boolean inUse;

  private FramedOutput() {}

  /**
   * This thread's buffer, holding the prefix of {@code schemaId} when {@code prefixed}; a fresh one if the thread's is
   * already in use (a serializer called from inside another's encoding). Always {@link #release}
   * it, in a {@code finally}.
   */
  public static FramedOutput start(int schemaId, boolean prefixed) {
    FramedOutput output = PER_THREAD.get();
    if (output.inUse) {
      output = new FramedOutput();
    }
    output.inUse = true;
    output.count = 0;
    if (prefixed) {
      Framing.writePrefix(output.buffer, schemaId);
      output.count = Framing.PREFIX_LENGTH;
    }
    return output;
  }

  /** The framed record, exactly sized. */
  public byte[] finish() {
    return Arrays.copyOf(buffer, count);
  }

  /** Frees the buffer for the thread's next record. */
  public void release() {
    inUse = false;
    if (buffer.length > KEEP_LIMIT) {
      buffer = new byte[512];
    }
  }

  @Override
  public void write(int b) {
    ensure(1);
    buffer[count++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    ensure(length);
    System.arraycopy(bytes, offset, buffer, count, length);
    count += length;
  }

  private void ensure(int more) {
    if (count + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + more));
    }
  }
}
