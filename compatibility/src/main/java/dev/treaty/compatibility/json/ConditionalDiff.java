package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.Schema;

/**
 * {@code if}/{@code then}/{@code else} (draft 7). Confluent does not compare it; Treaty compares
 * {@code then} and {@code else} like any sub-schema, and treats any change of the {@code if}
 * condition as breaking, because it moves documents between the two branches.
 */
final class ConditionalDiff {

  private ConditionalDiff() {}

  static void compare(SchemaWalker walker, ConditionalSchema o, ConditionalSchema u, SchemaPath path, Differences out) {
    Schema originalIf = o.getIfSchema().orElse(null);
    Schema updateIf = u.getIfSchema().orElse(null);
    SchemaPath ifPath = path.child("if");
    boolean conditionMoved = !walker.trial(originalIf, updateIf, ifPath).onlyAnnotations()
        || !walker.trial(updateIf, originalIf, ifPath).onlyAnnotations();
    if (conditionMoved) {
      out.add(JsonDifference.COMBINED_TYPE_CHANGED, ifPath,
          "The `if` condition of " + Describe.where(path) + " changed, so documents may now meet other requirements.");
    }
    walker.compare(o.getThenSchema().orElse(null), u.getThenSchema().orElse(null), path.child("then"), out);
    walker.compare(o.getElseSchema().orElse(null), u.getElseSchema().orElse(null), path.child("else"), out);
  }
}
