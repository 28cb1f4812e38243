package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.math.BigDecimal;
import org.everit.json.schema.NumberSchema;

/** Number keywords; integer and number are one node kind with an "integer required" flag. */
final class NumberDiff {

  private static final Limit MAXIMUM = new Limit("maximum", JsonDifference.MAXIMUM_ADDED,
      JsonDifference.MAXIMUM_REMOVED, JsonDifference.MAXIMUM_INCREASED, JsonDifference.MAXIMUM_DECREASED);
  private static final Limit MINIMUM = new Limit("minimum", JsonDifference.MINIMUM_ADDED,
      JsonDifference.MINIMUM_REMOVED, JsonDifference.MINIMUM_INCREASED, JsonDifference.MINIMUM_DECREASED);
  private static final Limit EXCLUSIVE_MAXIMUM = new Limit("exclusiveMaximum",
      JsonDifference.EXCLUSIVE_MAXIMUM_ADDED, JsonDifference.EXCLUSIVE_MAXIMUM_REMOVED,
      JsonDifference.EXCLUSIVE_MAXIMUM_INCREASED, JsonDifference.EXCLUSIVE_MAXIMUM_DECREASED);
  private static final Limit EXCLUSIVE_MINIMUM = new Limit("exclusiveMinimum",
      JsonDifference.EXCLUSIVE_MINIMUM_ADDED, JsonDifference.EXCLUSIVE_MINIMUM_REMOVED,
      JsonDifference.EXCLUSIVE_MINIMUM_INCREASED, JsonDifference.EXCLUSIVE_MINIMUM_DECREASED);

  private NumberDiff() {}

  static void compare(NumberSchema o, NumberSchema u, SchemaPath path, Differences out) {
    TypeRequirement.compare(o.isRequiresNumber() || o.requiresInteger(),
        u.isRequiresNumber() || u.requiresInteger(), "number", path, out);
    integer(o.requiresInteger(), u.requiresInteger(), path, out);
    MAXIMUM.compare(inclusiveMaximum(o), inclusiveMaximum(u), path, out);
    MINIMUM.compare(inclusiveMinimum(o), inclusiveMinimum(u), path, out);
    EXCLUSIVE_MAXIMUM.compare(exclusiveMaximum(o), exclusiveMaximum(u), path, out);
    EXCLUSIVE_MINIMUM.compare(exclusiveMinimum(o), exclusiveMinimum(u), path, out);
    multipleOf(o.getMultipleOf(), u.getMultipleOf(), path, out);
  }

  private static void integer(boolean original, boolean update, SchemaPath path, Differences out) {
    String where = Describe.capitalized(Describe.where(path));
    if (original && !update) {
      out.add(JsonDifference.TYPE_EXTENDED, path.child("type"), where + " changed type " + out.edit().fromTo("integer", "number") + ".");
    } else if (!original && update) {
      out.add(JsonDifference.TYPE_NARROWED, path.child("type"), where + " changed type " + out.edit().fromTo("number", "integer") + ".");
    }
  }

  // Draft 4 writes an exclusive bound as maximum + "exclusiveMaximum": true; later drafts as a
  // number. Both are read as the later form so that a draft change alone reports nothing.
  private static Number inclusiveMaximum(NumberSchema schema) {
    return schema.isExclusiveMaximum() ? null : schema.getMaximum();
  }

  private static Number exclusiveMaximum(NumberSchema schema) {
    return schema.isExclusiveMaximum() ? schema.getMaximum() : schema.getExclusiveMaximumLimit();
  }

  private static Number inclusiveMinimum(NumberSchema schema) {
    return schema.isExclusiveMinimum() ? null : schema.getMinimum();
  }

  private static Number exclusiveMinimum(NumberSchema schema) {
    return schema.isExclusiveMinimum() ? schema.getMinimum() : schema.getExclusiveMinimumLimit();
  }

  private static void multipleOf(Number original, Number update, SchemaPath path, Differences out) {
    SchemaPath at = path.child("multipleOf");
    String where = Describe.where(path);
    if (original == null && update == null) {
      return;
    }
    if (original == null) {
      out.add(JsonDifference.MULTIPLE_OF_ADDED, at, "`multipleOf` " + Limit.plain(update) + " was " + out.edit().says("added to ", "removed from ") + where + ".");
      return;
    }
    if (update == null) {
      out.add(JsonDifference.MULTIPLE_OF_REMOVED, at, "`multipleOf` " + Limit.plain(original) + " was " + out.edit().says("removed from ", "added to ") + where + ".");
      return;
    }
    BigDecimal before = Limit.decimal(original);
    BigDecimal after = Limit.decimal(update);
    if (before.compareTo(after) == 0) {
      return;
    }
    String change = "`multipleOf` of " + where + " changed " + out.edit().fromTo(Limit.plain(original), Limit.plain(update));
    if (divides(after, before)) {
      out.add(JsonDifference.MULTIPLE_OF_REDUCED, at, change + ".");
    } else if (divides(before, after)) {
      out.add(JsonDifference.MULTIPLE_OF_EXPANDED, at, change + ".");
    } else {
      out.add(JsonDifference.MULTIPLE_OF_CHANGED, at, change + ".");
    }
  }

  private static boolean divides(BigDecimal divisor, BigDecimal value) {
    return divisor.signum() != 0 && value.remainder(divisor).signum() == 0;
  }
}
