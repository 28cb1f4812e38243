package dev.treaty.compatibility.lint.internal;

import java.util.List;

/**
 * A record, message or object schema ({@code enumType} false), or an enum, seen the same way in
 * every format.
 *
 * @param name simple name ({@code null} for an anonymous JSON Schema object)
 * @param fullName name with namespace or package, used to pair a type with its previous version
 * @param namespace Avro namespace, or {@code null}
 * @param doc documentation (Avro {@code doc}, JSON Schema {@code description}, leading comment)
 * @param enumDefault whether an enum has a default or an unspecified zero value
 * @param location {@code file:line:column} of the name in .proto text, or {@code null}
 */
public record TypeNode(
    boolean enumType,
    String name,
    String fullName,
    String namespace,
    String doc,
    List<FieldNode> fields,
    List<SymbolNode> symbols,
    boolean enumDefault,
    String path,
    String location) {

  public boolean documented() {
    return doc != null && !doc.isBlank();
  }

  /** How the type is named in a finding. */
  public String label() {
    return name == null ? "the object at " + (path.isEmpty() ? "the root" : path) : name;
  }
}
