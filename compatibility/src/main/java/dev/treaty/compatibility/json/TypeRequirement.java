package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;

/**
 * Whether a node demands its type. {@code {"minLength": 1}} accepts numbers too, while
 * {@code {"type": "string", "minLength": 1}} does not; Confluent does not compare this (a known
 * gap), but demanding a type rejects documents that were valid, so Treaty reports it.
 */
final class TypeRequirement {

  private TypeRequirement() {}

  static void compare(boolean original, boolean update, String type, SchemaPath path, Differences out) {
    if (original == update) {
      return;
    }
    String where = Describe.capitalized(Describe.where(path));
    if (update) {
      out.add(JsonDifference.TYPE_NARROWED, path.child("type"),
          where + " " + out.edit().says("now requires", "no longer requires") + " type " + type + ".");
    } else {
      out.add(JsonDifference.TYPE_EXTENDED, path.child("type"),
          where + " " + out.edit().says("no longer requires", "now requires") + " type " + type + ".");
    }
  }
}
