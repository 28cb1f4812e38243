package dev.treaty.compatibility.protobuf.internal;

/** The type of a field after name resolution: a scalar, a message or enum, or a map. */
public sealed interface FieldType {

  /** How a person would write the type, e.g. {@code int32}, {@code shop.Order}, {@code map<string, int32>}. */
  String display();

  /** A built-in scalar such as {@code int32} or {@code string}. */
  record Scalar(String name) implements FieldType {
    @Override
    public String display() {
      return name;
    }

    public boolean isStringOrBytes() {
      return name.equals("string") || name.equals("bytes");
    }
  }

  /** A message or enum, by full name (no leading dot); {@code relativeName} drops its own package. */
  record Named(String fullName, String relativeName, boolean isEnum) implements FieldType {
    @Override
    public String display() {
      return fullName;
    }

    public String simpleName() {
      return fullName.substring(fullName.lastIndexOf('.') + 1);
    }
  }

  /** A {@code map<K, V>}; {@code entryFullName} is the synthetic entry message protoc would generate. */
  record MapOf(FieldType key, FieldType value, String entryFullName) implements FieldType {
    @Override
    public String display() {
      return "map<" + key.display() + ", " + value.display() + ">";
    }
  }
}
