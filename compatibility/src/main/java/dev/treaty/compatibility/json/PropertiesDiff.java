package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;

/**
 * Declared properties, paired by name. A property on both sides is compared as a sub-schema; one
 * added or removed is judged against the content model of the other side (spec section 3.4).
 */
final class PropertiesDiff {

  private PropertiesDiff() {}

  static void compare(SchemaWalker walker, ObjectSchema o, ObjectSchema u, SchemaPath path, Differences out) {
    Map<String, Schema> before = o.getPropertySchemas();
    Map<String, Schema> after = u.getPropertySchemas();
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    for (String name : names) {
      SchemaPath at = path.child("properties").child(name);
      if (before.containsKey(name) && after.containsKey(name)) {
        walker.compare(before.get(name), after.get(name), at, out);
      } else if (after.containsKey(name)) {
        added(walker, new ObjectContent(o), name, after.get(name), u.getRequiredProperties().contains(name), at, out);
      } else {
        removed(walker, new ObjectContent(u), name, before.get(name), o.getRequiredProperties().contains(name), at, out);
      }
    }
  }

  /** "Required property `id` (with a default)": the same words whichever side the property is on. */
  private static String what(String name, Schema property, boolean required, boolean withDefault) {
    return (required ? "Required" : "Optional") + " property `" + name + "`" + (required && withDefault ? " (with a default)" : "");
  }

  private static void added(
      SchemaWalker walker, ObjectContent original, String name, Schema property, boolean required, SchemaPath at,
      Differences out) {
    boolean withDefault = References.resolve(property).hasDefaultValue();
    String what = what(name, property, required, withDefault) + " was " + out.edit().says("added to", "removed from");
    if (original.isOpen()) {
      if (required) {
        out.add(withDefault ? JsonDifference.REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL
            : JsonDifference.REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, at, what + " an open object.");
      } else if (SchemaWalker.acceptsAnything(References.resolve(property))) {
        out.add(JsonDifference.PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL, at,
            what + " an open object; it accepts any value.");
      } else {
        out.add(JsonDifference.OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, at, what + " an open object.");
      }
      return;
    }
    List<Schema> governing = original.governing(name);
    if (!governing.isEmpty()) {
      boolean covered = governing.stream().anyMatch(allowed -> walker.accepts(allowed, property));
      out.add(covered ? JsonDifference.PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
          : JsonDifference.PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, at,
          "Property `" + name + "` was " + out.edit().readerOnly() + "; its schema " + (covered ? "accepts" : "does not accept")
              + " every value the additional or pattern properties allow under that name.");
    }
    String model = governing.isEmpty() ? " a closed object." : " a partially open object.";
    if (required) {
      out.add(withDefault ? JsonDifference.REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL
          : JsonDifference.REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL, at, what + model);
    } else {
      out.add(JsonDifference.OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL, at, what + model);
    }
  }

  private static void removed(
      SchemaWalker walker, ObjectContent update, String name, Schema property, boolean required, SchemaPath at,
      Differences out) {
    boolean withDefault = References.resolve(property).hasDefaultValue();
    String what = what(name, property, required, withDefault) + " was " + out.edit().says("removed from", "added to");
    if (update.isOpen()) {
      out.add(JsonDifference.PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL, at, what + " an open object.");
      return;
    }
    List<Schema> governing = update.governing(name);
    if (!governing.isEmpty()) {
      boolean covered = governing.stream().allMatch(allowed -> walker.accepts(property, allowed));
      out.add(covered ? JsonDifference.PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
          : JsonDifference.PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, at,
          what + " a partially open object whose additional or pattern properties accept "
              + (covered ? "all" : "not all") + " of its values.");
    } else if (SchemaWalker.acceptsNothing(References.resolve(property))) {
      out.add(JsonDifference.PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL, at,
          "Property `" + name + "`, declared false, was " + out.edit().says("removed from", "added to") + " a closed object.");
    } else {
      out.add(JsonDifference.PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL, at, what + " a closed object.");
    }
  }
}
