package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.util.List;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.Schema;

/**
 * Tuple positions ({@code items} as an array), paired by index; a position added or removed is
 * judged against the other side's content model, as properties are (spec section 3.4).
 */
final class TupleDiff {

  private TupleDiff() {}

  static void compare(SchemaWalker walker, ArraySchema o, ArraySchema u, SchemaPath path, Differences out) {
    TupleContent original = new TupleContent(o);
    TupleContent update = new TupleContent(u);
    List<Schema> before = original.positions();
    List<Schema> after = update.positions();
    for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
      SchemaPath at = path.child("items").index(i);
      if (i < before.size() && i < after.size()) {
        walker.compare(before.get(i), after.get(i), at, out);
      } else if (i < after.size()) {
        added(walker, original, after.get(i), i, at, out);
      } else {
        removed(walker, update, before.get(i), i, at, out);
      }
    }
  }

  private static void added(
      SchemaWalker walker, TupleContent original, Schema item, int index, SchemaPath at, Differences out) {
    String what = "Tuple position " + index;
    if (original.isOpen()) {
      boolean anything = SchemaWalker.acceptsAnything(References.resolve(item));
      out.add(anything ? JsonDifference.ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL
          : JsonDifference.ITEM_ADDED_TO_OPEN_CONTENT_MODEL, at,
          what + " was " + out.edit().says("added to", "removed from") + " an open tuple" + (anything ? "; it accepts any value." : "."));
    } else if (original.isClosed()) {
      out.add(JsonDifference.ITEM_ADDED_TO_CLOSED_CONTENT_MODEL, at, what + " was " + out.edit().says("added to", "removed from") + " a closed tuple.");
    } else {
      boolean covered = walker.accepts(original.governing(), item);
      out.add(covered ? JsonDifference.ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
          : JsonDifference.ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, at,
          what + " was " + out.edit().readerOnly() + "; it " + (covered ? "accepts" : "does not accept") + " every value `additionalItems` allows there.");
    }
  }

  private static void removed(
      SchemaWalker walker, TupleContent update, Schema item, int index, SchemaPath at, Differences out) {
    String what = "Tuple position " + index;
    if (update.isOpen()) {
      out.add(JsonDifference.ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL, at, what + " was " + out.edit().says("removed from", "added to") + " an open tuple.");
    } else if (!update.isClosed()) {
      boolean covered = walker.accepts(item, update.governing());
      out.add(covered ? JsonDifference.ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
          : JsonDifference.ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, at,
          what + " was " + out.edit().writerOnly() + "; `additionalItems` accepts " + (covered ? "" : "not all of ") + "its values.");
    } else if (SchemaWalker.acceptsNothing(References.resolve(item))) {
      out.add(JsonDifference.ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL, at,
          what + ", declared false, was " + out.edit().says("removed from", "added to") + " a closed tuple.");
    } else {
      out.add(JsonDifference.ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL, at,
          what + " was " + out.edit().says("removed from", "added to") + " a closed tuple.");
    }
  }
}
