package dev.treaty.compatibility.protobuf.internal;

/**
 * One field of a message, oneof members included, or an extension of one.
 *
 * @param oneof the name of the real oneof holding the field, or {@code null}
 * @param jsonName the effective JSON name (explicit {@code json_name} or the lowerCamel default)
 * @param defaultValue the proto2 {@code [default = ...]} as written, or {@code null}
 * @param location {@code file:line:column}
 * @param group true for a proto2 group, whose message is encoded between start and end tags
 *     rather than length-delimited (its type names the group's message)
 * @param extendee for an extension, the full name of the message it extends; else {@code null}
 */
public record FieldDef(
    String name,
    int number,
    Label label,
    FieldType type,
    String oneof,
    String jsonName,
    String defaultValue,
    String location,
    boolean group,
    String extendee) {

  public FieldDef(
      String name, int number, Label label, FieldType type, String oneof, String jsonName, String defaultValue,
      String location) {
    this(name, number, label, type, oneof, jsonName, defaultValue, location, false, null);
  }

  public boolean isExtension() {
    return extendee != null;
  }

  public boolean isRequired() {
    return label == Label.REQUIRED;
  }

  public boolean inOneof() {
    return oneof != null;
  }

  public boolean isMap() {
    return type instanceof FieldType.MapOf;
  }
}
