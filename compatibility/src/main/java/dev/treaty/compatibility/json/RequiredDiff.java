package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.util.List;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;

/**
 * Changes to {@code required}. A property declared for the first time is judged with its
 * declaration (PropertiesDiff). Every other name that becomes required is reported, declared or
 * not: Confluent skips undeclared names, but requiring any name rejects old documents without it.
 */
final class RequiredDiff {

  private RequiredDiff() {}

  static void compare(ObjectSchema o, ObjectSchema u, SchemaPath path, Differences out) {
    List<String> before = o.getRequiredProperties();
    List<String> after = u.getRequiredProperties();
    String where = Describe.where(path);
    for (int i = 0; i < after.size(); i++) {
      String name = after.get(i);
      boolean newlyDeclared = u.getPropertySchemas().containsKey(name) && !o.getPropertySchemas().containsKey(name);
      if (before.contains(name) || newlyDeclared) {
        continue;
      }
      Schema property = u.getPropertySchemas().get(name);
      boolean withDefault = property != null && References.resolve(property).hasDefaultValue();
      out.add(withDefault ? JsonDifference.REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED : JsonDifference.REQUIRED_ATTRIBUTE_ADDED,
          path.child("required").index(i),
          "Property `" + name + "` of " + where + " " + out.edit().says("is now required", "is no longer required") + (withDefault ? " (it has a default)." : "."));
    }
    for (int i = 0; i < before.size(); i++) {
      String name = before.get(i);
      boolean stillDeclaredOrNeverWas = u.getPropertySchemas().containsKey(name) || !o.getPropertySchemas().containsKey(name);
      if (!after.contains(name) && stillDeclaredOrNeverWas) {
        out.add(JsonDifference.REQUIRED_ATTRIBUTE_REMOVED, path.child("required").index(i),
            "Property `" + name + "` of " + where + " " + out.edit().says("is no longer required", "is now required") + ".");
      }
    }
  }
}
