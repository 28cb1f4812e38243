package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.schema.Location;

/** Naming conventions protoc applies: JSON names, map entry names, positions. */
public final class ProtoNames {

  private ProtoNames() {}

  /** protoc's default JSON name: underscores dropped, the letter after each one upper-cased. */
  public static String jsonName(String fieldName) {
    StringBuilder out = new StringBuilder();
    boolean upperNext = false;
    for (char c : fieldName.toCharArray()) {
      if (c == '_') {
        upperNext = true;
      } else if (upperNext) {
        out.append(Character.toUpperCase(c));
        upperNext = false;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The synthetic message protoc generates for {@code map<K, V> field_name}: {@code FieldNameEntry}. */
  static String mapEntryName(String fieldName) {
    String camel = jsonName(fieldName);
    return Character.toUpperCase(camel.charAt(0)) + camel.substring(1) + "Entry";
  }

  static String position(Location location) {
    return location.getPath() + ":" + location.getLine() + ":" + location.getColumn();
  }
}
