package dev.treaty.compatibility.protobuf.internal;

/** A field's label as written; {@link #NONE} is a proto3 field written without one. */
public enum Label {
  NONE,
  OPTIONAL,
  REQUIRED,
  REPEATED;

  public String display() {
    return this == NONE ? "no label" : name().toLowerCase(java.util.Locale.ROOT);
  }
}
