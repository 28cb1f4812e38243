package dev.treaty.compatibility.protobuf;

import dev.treaty.compatibility.protobuf.internal.MessageType;
import dev.treaty.compatibility.protobuf.internal.ProtoFile;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Message indexes of Confluent's Protobuf wire format: the path of a message in its file (each
 * element its position among its parent's messages, enums and services not counted, map entries
 * and the messages of proto2 groups skipped), written as zig-zag varints after the schema id.
 */
public final class MessageIndexes {

  private MessageIndexes() {}

  static List<Integer> pathOf(ProtoFile file, String fullName) {
    List<Integer> path = new ArrayList<>();
    if (!find(file.messages(), fullName, path)) {
      throw new IllegalArgumentException("No message `" + fullName + "` in the schema");
    }
    return List.copyOf(path);
  }

  private static boolean find(List<MessageType> siblings, String fullName, List<Integer> path) {
    for (MessageType message : siblings) {
      if (message.siblingIndex() < 0) {
        continue;
      }
      path.add(message.siblingIndex());
      if (message.fullName().equals(fullName) || find(message.messages(), fullName, path)) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    return false;
  }

  static String messageAt(ProtoFile file, List<Integer> indexes) {
    List<Integer> path = indexes.isEmpty() ? List.of(0) : indexes;
    List<MessageType> siblings = file.messages();
    MessageType found = null;
    for (int index : path) {
      found = siblings.stream()
          .filter(message -> message.siblingIndex() >= 0 && message.siblingIndex() == index)
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No message at index path " + indexes));
      siblings = found.messages();
    }
    return found.fullName();
  }

  /** Encodes a path: {@code [0]} as the single byte {@code 00}, else its length and elements as zig-zag varints. */
  public static byte[] encode(List<Integer> indexes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (indexes.equals(List.of(0))) {
      out.write(0);
      return out.toByteArray();
    }
    writeZigZag(out, indexes.size());
    indexes.forEach(index -> writeZigZag(out, index));
    return out.toByteArray();
  }

  /** Decodes a path written by {@link #encode}; a length of 0 means {@code [0]}. */
  public static List<Integer> decode(byte[] bytes) {
    return decode(ByteBuffer.wrap(bytes));
  }

  /**
   * Decodes a path at the buffer's position and leaves the buffer just after it (where a Kafka
   * record's Protobuf payload starts). A length of 0 means {@code [0]}; {@code 02 00} is accepted too.
   */
  public static List<Integer> decode(ByteBuffer buffer) {
    int length = readZigZag(buffer);
    if (length < 0 || length > buffer.remaining()) {
      throw new IllegalArgumentException("Invalid message-index count " + length);
    }
    if (length == 0) {
      return List.of(0);
    }
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      indexes.add(readZigZag(buffer));
    }
    return List.copyOf(indexes);
  }

  private static void writeZigZag(ByteArrayOutputStream out, int value) {
    int zigzag = (value << 1) ^ (value >> 31);
    while ((zigzag & ~0x7F) != 0) {
      out.write((zigzag & 0x7F) | 0x80);
      zigzag >>>= 7;
    }
    out.write(zigzag);
  }

  private static int readZigZag(ByteBuffer buffer) {
    int raw = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (!buffer.hasRemaining()) {
        throw new IllegalArgumentException("Truncated message indexes");
      }
      byte b = buffer.get();
      raw |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return (raw >>> 1) ^ -(raw & 1);
      }
    }
    throw new IllegalArgumentException("Varint too long in message indexes");
  }
}
