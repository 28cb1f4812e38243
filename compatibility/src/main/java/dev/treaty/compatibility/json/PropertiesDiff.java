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
        removed(walker, new ObjectContent(u), name, before.get(name), at, out);
      }
    }
  }

  private static void added(
      SchemaWalker walker, ObjectContent original, String name, Schema property, boolean required, SchemaPath at,
      Differences out) {
    boolean withDefault = References.resolve(property).hasDefaultValue();
    String what = (required ? "Required" : "Optional") + " property `" + name + "`"
        + (required && withDefault ? " (with a default)" : "");
    if (original.isOpen()) {
      if (required) {
        out.add(withDefault ? JsonDifference.REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL
            : JsonDifference.REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, at,
            what + " was added to an open object, whose old documents may lack it.");
      } else if (SchemaWalker.acceptsAnything(References.resolve(property))) {
        out.add(JsonDifference.PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL, at,
            what + " accepting any value was added to an open object.");
      } else {
        out.add(JsonDifference.OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, at,
            what + " was added to an open object; old documents may hold `" + name + "` with another type.");
      }
      return;
    }
    List<Schema> governing = original.governing(name);
    if (!governing.isEmpty()) {
      boolean covered = governing.stream().anyMatch(allowed -> walker.accepts(allowed, property));
      out.add(covered ? JsonDifference.PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
          : JsonDifference.PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, at,
          "New property `" + name + "` " + (covered ? "accepts" : "does not accept")
              + " every value the old additional or pattern properties allowed under that name.");
    }
    if (required) {
      out.add(withDefault ? JsonDifference.REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL
          : JsonDifference.REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL, at,
          what + " was added to a closed or partially open object.");
    } else {
      out.add(JsonDifference.OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL, at,
          what + " was added to a closed or partially open object.");
    }
  }

  private static void removed(
      SchemaWalker walker, ObjectContent update, String name, Schema property, SchemaPath at, Differences out) {
    if (update.isOpen()) {
      out.add(JsonDifference.PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL, at,
          "Property `" + name + "` was removed; the object stays open, so its values are still allowed.");
      return;
    }
    List<Schema> governing = update.governing(name);
    if (!governing.isEmpty()) {
      boolean covered = governing.stream().allMatch(allowed -> walker.accepts(property, allowed));
      out.add(covered ? JsonDifference.PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
          : JsonDifference.PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, at,
          "Property `" + name + "` was removed and its old values are " + (covered ? "" : "not all ")
              + "accepted by the additional or pattern properties.");
    } else if (SchemaWalker.acceptsNothing(References.resolve(property))) {
      out.add(JsonDifference.PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL, at,
          "Property `" + name + "`, declared false, was removed from a closed object.");
    } else {
      out.add(JsonDifference.PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL, at,
          "Property `" + name + "` was removed from a closed object; documents that carry it are now rejected.");
    }
  }
}
