package dev.treaty.compatibility.protobuf.internal;

import java.util.List;
import java.util.Optional;

/**
 * A message, with every field (oneof members included) and its nested types.
 *
 * @param relativeName the full name without the file's package, e.g. {@code Order.Line}
 * @param siblingIndex its position among its parent's messages (the message-index element)
 * @param mapEntry true for the synthetic entry message of a {@code map<K, V>} field
 */
public record MessageType(
    String fullName,
    String relativeName,
    int siblingIndex,
    boolean mapEntry,
    boolean proto3,
    List<FieldDef> fields,
    List<OneofDef> oneofs,
    List<MessageType> messages,
    List<EnumType> enums,
    Reserved reserved,
    String location) {

  public MessageType {
    fields = List.copyOf(fields);
    oneofs = List.copyOf(oneofs);
    messages = List.copyOf(messages);
    enums = List.copyOf(enums);
  }

  public Optional<FieldDef> field(int number) {
    return fields.stream().filter(field -> field.number() == number).findFirst();
  }

  public Optional<OneofDef> oneof(String name) {
    return oneofs.stream().filter(oneof -> oneof.name().equals(name)).findFirst();
  }

  public String simpleName() {
    return fullName.substring(fullName.lastIndexOf('.') + 1);
  }
}
