package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.Schema;

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
    additionalItems(walker, new TupleContent(o), new TupleContent(u), path, out);
    TupleDiff.compare(walker, o, u, path, out);
  }

  private static void uniqueItems(boolean before, boolean after, SchemaPath path, Differences out) {
    if (before != after) {
      out.add(after ? JsonDifference.UNIQUE_ITEMS_ADDED : JsonDifference.UNIQUE_ITEMS_REMOVED, path.child("uniqueItems"),
          "The items of " + Describe.where(path) + (after ? " must now be unique." : " may now repeat."));
    }
  }

  private static void additionalItems(
      SchemaWalker walker, TupleContent o, TupleContent u, SchemaPath path, Differences out) {
    SchemaPath at = path.child("additionalItems");
    String where = Describe.where(path);
    boolean before = o.schema().permitsAdditionalItems();
    boolean after = u.schema().permitsAdditionalItems();
    if (before != after) {
      out.add(after ? JsonDifference.ADDITIONAL_ITEMS_ADDED : JsonDifference.ADDITIONAL_ITEMS_REMOVED, at,
          "Items of " + where + " beyond its tuple are now " + (after ? "allowed." : "forbidden."));
      return;
    }
    if (!after) {
      return;
    }
    Schema originalSchema = o.additional();
    Schema updateSchema = u.additional();
    if (originalSchema == null && updateSchema != null) {
      out.add(JsonDifference.ADDITIONAL_ITEMS_NARROWED, at,
          "Items of " + where + " beyond its tuple must now match a schema (" + Describe.kind(updateSchema) + ").");
    } else if (originalSchema != null && updateSchema == null) {
      out.add(JsonDifference.ADDITIONAL_ITEMS_EXTENDED, at,
          "Items of " + where + " beyond its tuple may now hold any value.");
    } else {
      walker.compare(originalSchema, updateSchema, at, out);
    }
  }
}
