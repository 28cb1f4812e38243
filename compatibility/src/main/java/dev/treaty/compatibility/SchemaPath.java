package dev.treaty.compatibility;

/**
 * An RFC 6901 JSON Pointer built by extension: {@code ROOT.child("fields").index(3)} is
 * {@code /fields/3}. Immutable, so a walker can hand paths down without push and pop.
 */
public final class SchemaPath {

  public static final SchemaPath ROOT = new SchemaPath("");

  private final String pointer;

  private SchemaPath(String pointer) {
    this.pointer = pointer;
  }

  public SchemaPath child(String token) {
    return new SchemaPath(pointer + "/" + token.replace("~", "~0").replace("/", "~1"));
  }

  public SchemaPath index(int index) {
    return new SchemaPath(pointer + "/" + index);
  }

  /** Parses a pointer that is already escaped, such as {@code /fields/1/type}. */
  public static SchemaPath of(String pointer) {
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("A JSON Pointer starts with '/': " + pointer);
    }
    return new SchemaPath(pointer);
  }

  @Override
  public String toString() {
    return pointer;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SchemaPath that && pointer.equals(that.pointer);
  }

  @Override
  public int hashCode() {
    return pointer.hashCode();
  }
}
