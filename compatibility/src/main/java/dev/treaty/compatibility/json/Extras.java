package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import org.everit.json.schema.Schema;

/**
 * What a content model accepts beyond what it declares — an object's undeclared properties, a
 * tuple's items past its positions — and how a change to that is named and worded.
 *
 * @param keyword the keyword that governs the extras
 * @param subject how the extras of the schema at a place are called, with {@code %s} for the place
 */
record Extras(
    String keyword,
    String subject,
    JsonDifference allowed,
    JsonDifference forbidden,
    JsonDifference narrowed,
    JsonDifference extended) {

  static final Extras PROPERTIES = new Extras("additionalProperties", "Undeclared properties of %s",
      JsonDifference.ADDITIONAL_PROPERTIES_ADDED, JsonDifference.ADDITIONAL_PROPERTIES_REMOVED,
      JsonDifference.ADDITIONAL_PROPERTIES_NARROWED, JsonDifference.ADDITIONAL_PROPERTIES_EXTENDED);

  static final Extras ITEMS = new Extras("additionalItems", "Items of %s beyond its tuple",
      JsonDifference.ADDITIONAL_ITEMS_ADDED, JsonDifference.ADDITIONAL_ITEMS_REMOVED,
      JsonDifference.ADDITIONAL_ITEMS_NARROWED, JsonDifference.ADDITIONAL_ITEMS_EXTENDED);

  /**
   * Compares whether extras are permitted before and after, and when both permit them, the schema
   * they must match ({@code null} for any value).
   */
  void compare(SchemaWalker walker, boolean permittedBefore, boolean permittedAfter,
      Schema originalSchema, Schema updateSchema, SchemaPath path, Differences out) {
    SchemaPath at = path.child(keyword);
    String extras = subject.formatted(Describe.where(path));
    if (permittedBefore != permittedAfter) {
      out.add(permittedAfter ? allowed : forbidden, at,
          extras + " are now " + (out.edit().later(permittedBefore, permittedAfter) ? "allowed." : "forbidden."));
    } else if (!permittedAfter) {
      return;
    } else if (originalSchema == null && updateSchema != null) {
      out.add(narrowed, at, out.edit().says(extras + " must now match a schema (" + Describe.kind(updateSchema) + ").",
          extras + " may now hold any value (they had to match " + Describe.kind(updateSchema) + ")."));
    } else if (originalSchema != null && updateSchema == null) {
      out.add(extended, at, out.edit().says(extras + " may now hold any value (they had to match " + Describe.kind(originalSchema) + ").",
          extras + " must now match a schema (" + Describe.kind(originalSchema) + ")."));
    } else {
      walker.compare(originalSchema, updateSchema, at, out);
    }
  }
}
