package dev.treaty.compatibility.protobuf.internal;

/**
 * One field of a message, oneof members included.
 *
 * @param oneof the name of the real oneof holding the field, or {@code null}
 * @param jsonName the effective JSON name (explicit {@code json_name} or the lowerCamel default)
 * @param defaultValue the proto2 {@code [default = ...]} as written, or {@code null}
 * @param location {@code file:line:column}
 */
public record FieldDef(
    String name,
    int number,
    Label label,
    FieldType type,
    String oneof,
    String jsonName,
    String defaultValue,
    String location) {

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
