package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import org.everit.json.schema.NotSchema;

/**
 * {@code not}: the forbidden schemas are compared in reverse. If the old forbidden set accepts
 * everything the new one forbids, the new schema forbids less.
 */
final class NotDiff {

  private NotDiff() {}

  static void compare(SchemaWalker walker, NotSchema o, NotSchema u, SchemaPath path, Differences out) {
    SchemaPath at = path.child("not");
    Differences reversed = walker.trial(u.getMustNotMatch(), o.getMustNotMatch(), at);
    if (reversed.isEmpty()) {
      return;
    }
    String where = Describe.where(path);
    if (reversed.compatibleUnder(walker.policy())) {
      out.add(JsonDifference.NOT_TYPE_NARROWED, at, "The schema under `not` of " + where + " now forbids " + out.edit().says("less", "more") + ".");
    } else {
      out.add(JsonDifference.NOT_TYPE_EXTENDED, at,
          "The schema under `not` of " + where + " now forbids " + out.edit().says("more", "less") + ".");
    }
  }
}
