package dev.treaty.compatibility.protobuf.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A linked .proto file: every type name resolved. {@code messages} and {@code enums} are the
 * top-level declarations; {@link #allMessages()} flattens the nesting (map entries included).
 */
public record ProtoFile(
    String path,
    String packageName,
    boolean proto3,
    List<MessageType> messages,
    List<EnumType> enums,
    List<ServiceDef> services,
    String location) {

  public ProtoFile {
    messages = List.copyOf(messages);
    enums = List.copyOf(enums);
    services = List.copyOf(services);
  }

  /** Every message of the file by full name, parents before children, in declaration order. */
  public Map<String, MessageType> allMessages() {
    Map<String, MessageType> all = new LinkedHashMap<>();
    messages.forEach(message -> collectMessages(message, all));
    return all;
  }

  /** Every enum of the file by full name, nested ones included. */
  public Map<String, EnumType> allEnums() {
    Map<String, EnumType> all = new LinkedHashMap<>();
    enums.forEach(type -> all.put(type.fullName(), type));
    for (MessageType message : allMessages().values()) {
      message.enums().forEach(type -> all.put(type.fullName(), type));
    }
    return all;
  }

  private static void collectMessages(MessageType message, Map<String, MessageType> all) {
    all.put(message.fullName(), message);
    message.messages().forEach(nested -> collectMessages(nested, all));
  }
}
