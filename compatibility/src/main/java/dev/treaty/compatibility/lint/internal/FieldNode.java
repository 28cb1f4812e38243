package dev.treaty.compatibility.lint.internal;

/**
 * A field of a record or message, or a property of a JSON Schema object.
 *
 * @param target full name of the record the field holds, directly or as the items of an array or
 *     map, or {@code null}
 * @param optional whether a reader can do without it: it has an Avro default, is not required in
 *     JSON Schema, or is not a proto2 {@code required} field
 * @param typeText the type as written, for messages ({@code "string"}, {@code "double"})
 */
public record FieldNode(
    String name, String doc, ValueType type, String typeText, String target, boolean optional, String path,
    String location) {

  public boolean documented() {
    return doc != null && !doc.isBlank();
  }
}
