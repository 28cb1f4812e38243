package dev.treaty.kafka.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Confluent 8's header form of the schema id: the record's {@code __key_schema_id} or
 * {@code __value_schema_id} header holds magic byte 1, the schema's GUID (16 bytes, most
 * significant half first, big-endian), then for Protobuf the message indexes; the record's bytes
 * are then the bare payload. Readers also accept magic byte 0 and a 4-byte id in the header.
 */
public final class SchemaIdHeaders {

  public static final String KEY_HEADER = "__key_schema_id";
  public static final String VALUE_HEADER = "__value_schema_id";
  public static final byte MAGIC_GUID = 1;
  public static final int GUID_FORM_LENGTH = 17;

  private SchemaIdHeaders() {}

  public static String name(boolean isKey) {
    return isKey ? KEY_HEADER : VALUE_HEADER;
  }

  /** The header value: magic 1, the GUID, then the message indexes (none outside Protobuf). */
  public static byte[] guidForm(UUID guid, byte[] messageIndexes) {
    ByteBuffer value = ByteBuffer.allocate(GUID_FORM_LENGTH + messageIndexes.length);
    value.put(MAGIC_GUID).putLong(guid.getMostSignificantBits()).putLong(guid.getLeastSignificantBits()).put(messageIndexes);
    return value.array();
  }

  /** Adds the header, unless the record's last one of that name already holds these bytes (a retried send). */
  public static void put(Headers headers, boolean isKey, byte[] value) {
    Header last = headers.lastHeader(name(isKey));
    if (last == null || !Arrays.equals(last.value(), value)) {
      headers.add(name(isKey), value);
    }
  }

  /** The record's schema id header, when it has one with a value. */
  public static byte[] find(Headers headers, boolean isKey) {
    Header header = headers == null ? null : headers.lastHeader(name(isKey));
    return header == null ? null : header.value();
  }

  /** Whether the bytes start with magic 1 and a whole GUID. */
  public static boolean isGuidForm(ByteBuffer buffer) {
    return buffer.remaining() >= GUID_FORM_LENGTH && buffer.get(buffer.position()) == MAGIC_GUID;
  }

  /** Reads magic 1 and the GUID; the buffer is left at what follows (Protobuf's message indexes). */
  public static UUID readGuid(ByteBuffer buffer) {
    buffer.get();
    return new UUID(buffer.getLong(), buffer.getLong());
  }
}
