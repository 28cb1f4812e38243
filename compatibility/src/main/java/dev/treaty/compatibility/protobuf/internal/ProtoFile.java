package dev.treaty.compatibility.protobuf.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A linked .proto file: every type name resolved. {@code messages} and {@code enums} are the
 * top-level declarations; {@link #allMessages()} flattens the nesting (map entries included).
 * Immutable; the flattened views are computed once, since rules look types up per field.
 */
public final class ProtoFile {

  private final String path;
  private final String packageName;
  private final boolean proto3;
  private final String edition;
  private final List<FieldDef> extensions;
  private final List<MessageType> messages;
  private final List<EnumType> enums;
  private final List<ServiceDef> services;
  private final String location;
  private final Map<String, MessageType> allMessages;
  private final Map<String, EnumType> allEnums;

  public ProtoFile(
      String path,
      String packageName,
      boolean proto3,
      List<MessageType> messages,
      List<EnumType> enums,
      List<ServiceDef> services,
      String location) {
    this(path, packageName, proto3, null, messages, enums, services, location, List.of());
  }

  /**
   * @param edition the file's edition, e.g. {@code 2023}, or {@code null} for proto2 and proto3
   * @param extensions the fields of the file's {@code extend} blocks
   */
  public ProtoFile(
      String path,
      String packageName,
      boolean proto3,
      String edition,
      List<MessageType> messages,
      List<EnumType> enums,
      List<ServiceDef> services,
      String location,
      List<FieldDef> extensions) {
    this.path = path;
    this.extensions = List.copyOf(extensions);
    this.packageName = packageName;
    this.proto3 = proto3;
    this.edition = edition;
    this.messages = List.copyOf(messages);
    this.enums = List.copyOf(enums);
    this.services = List.copyOf(services);
    this.location = location;
    Map<String, MessageType> flatMessages = new LinkedHashMap<>();
    this.messages.forEach(message -> collectMessages(message, flatMessages));
    this.allMessages = Collections.unmodifiableMap(flatMessages);
    Map<String, EnumType> flatEnums = new LinkedHashMap<>();
    this.enums.forEach(type -> flatEnums.put(type.fullName(), type));
    flatMessages.values().forEach(message -> message.enums().forEach(type -> flatEnums.put(type.fullName(), type)));
    this.allEnums = Collections.unmodifiableMap(flatEnums);
  }

  private static void collectMessages(MessageType message, Map<String, MessageType> all) {
    all.put(message.fullName(), message);
    message.messages().forEach(nested -> collectMessages(nested, all));
  }

  public String path() {
    return path;
  }

  public String packageName() {
    return packageName;
  }

  public boolean proto3() {
    return proto3;
  }

  /** The extensions the file declares (top level and nested), each naming its extendee. */
  public List<FieldDef> extensions() {
    return extensions;
  }

  /** The edition an editions file declares, or {@code null} for proto2 and proto3 files. */
  public String edition() {
    return edition;
  }

  public List<MessageType> messages() {
    return messages;
  }

  public List<EnumType> enums() {
    return enums;
  }

  public List<ServiceDef> services() {
    return services;
  }

  /** {@code file:line:column} of the file's start. */
  public String location() {
    return location;
  }

  /** Every message of the file by full name, parents before children, in declaration order. */
  public Map<String, MessageType> allMessages() {
    return allMessages;
  }

  /** Every enum of the file by full name, nested ones included. */
  public Map<String, EnumType> allEnums() {
    return allEnums;
  }
}
