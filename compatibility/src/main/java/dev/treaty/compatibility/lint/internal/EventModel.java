package dev.treaty.compatibility.lint.internal;

import java.util.List;

/**
 * A schema seen as events: the record(s) a message is, every named type, and the namespaces used.
 *
 * @param format {@code AVRO}, {@code JSON} or {@code PROTOBUF}
 * @param events the records a message can be (an Avro union of records gives several)
 * @param types every record and enum, each once, in the order met
 * @param namespaces each namespace or package with the path and location it is declared at
 */
public record EventModel(String format, List<TypeNode> events, List<TypeNode> types, List<Namespace> namespaces) {

  /** A namespace or package and where it is declared. */
  public record Namespace(String name, String path, String location) {}

  /** The record or enum with this full name. */
  public java.util.Optional<TypeNode> type(String fullName) {
    return types.stream().filter(type -> type.fullName().equals(fullName)).findFirst();
  }

  public List<TypeNode> records() {
    return types.stream().filter(type -> !type.enumType()).toList();
  }

  public List<TypeNode> enums() {
    return types.stream().filter(TypeNode::enumType).toList();
  }
}
