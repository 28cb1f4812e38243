package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import org.everit.json.schema.ArraySchema;

/** Array keywords; tuple positions are judged by TupleDiff. */
final class ArrayDiff {

  private static final Limit MAX_ITEMS = new Limit("maxItems", JsonDifference.MAX_ITEMS_ADDED,
      JsonDifference.MAX_ITEMS_REMOVED, JsonDifference.MAX_ITEMS_INCREASED, JsonDifference.MAX_ITEMS_DECREASED);
  private static final Limit MIN_ITEMS = new Limit("minItems", JsonDifference.MIN_ITEMS_ADDED,
      JsonDifference.MIN_ITEMS_REMOVED, JsonDifference.MIN_ITEMS_INCREASED, JsonDifference.MIN_ITEMS_DECREASED);

  private ArrayDiff() {}

  static void compare(SchemaWalker walker, ArraySchema o, ArraySchema u, SchemaPath path, Differences out) {
    TypeRequirement.compare(o.requiresArray(), u.requiresArray(), "array", path, out);
    MAX_ITEMS.compare(o.getMaxItems(), u.getMaxItems(), path, out);
    MIN_ITEMS.compare(o.getMinItems(), u.getMinItems(), path, out);
    uniqueItems(o.needsUniqueItems(), u.needsUniqueItems(), path, out);
    walker.compare(o.getAllItemSchema(), u.getAllItemSchema(), path.child("items"), out);
    walker.compare(o.getContainedItemSchema(), u.getContainedItemSchema(), path.child("contains"), out);
    Extras.ITEMS.compare(walker, o.permitsAdditionalItems(), u.permitsAdditionalItems(),
        new TupleContent(o).additional(), new TupleContent(u).additional(), path, out);
    TupleDiff.compare(walker, o, u, path, out);
  }

  private static void uniqueItems(boolean before, boolean after, SchemaPath path, Differences out) {
    if (before != after) {
      out.add(after ? JsonDifference.UNIQUE_ITEMS_ADDED : JsonDifference.UNIQUE_ITEMS_REMOVED, path.child("uniqueItems"),
          "The items of " + Describe.where(path) + (out.edit().later(before, after) ? " must now be unique." : " may now repeat."));
    }
  }
}
