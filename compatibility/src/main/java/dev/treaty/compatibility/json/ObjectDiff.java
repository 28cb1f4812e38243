package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;

/** Object keywords other than declared properties and dependencies. */
final class ObjectDiff {

  private static final Limit MAX_PROPERTIES = new Limit("maxProperties", JsonDifference.MAX_PROPERTIES_ADDED,
      JsonDifference.MAX_PROPERTIES_REMOVED, JsonDifference.MAX_PROPERTIES_INCREASED,
      JsonDifference.MAX_PROPERTIES_DECREASED);
  private static final Limit MIN_PROPERTIES = new Limit("minProperties", JsonDifference.MIN_PROPERTIES_ADDED,
      JsonDifference.MIN_PROPERTIES_REMOVED, JsonDifference.MIN_PROPERTIES_INCREASED,
      JsonDifference.MIN_PROPERTIES_DECREASED);

  private ObjectDiff() {}

  static void compare(SchemaWalker walker, ObjectSchema o, ObjectSchema u, SchemaPath path, Differences out) {
    TypeRequirement.compare(o.requiresObject(), u.requiresObject(), "object", path, out);
    MAX_PROPERTIES.compare(o.getMaxProperties(), u.getMaxProperties(), path, out);
    MIN_PROPERTIES.compare(o.getMinProperties(), u.getMinProperties(), path, out);
    Extras.PROPERTIES.compare(walker, o.permitsAdditionalProperties(), u.permitsAdditionalProperties(),
        new ObjectContent(o).additional(), new ObjectContent(u).additional(), path, out);
    patternProperties(walker, o, u, path, out);
    walker.compare(o.getPropertyNameSchema(), u.getPropertyNameSchema(), path.child("propertyNames"), out);
    DependenciesDiff.compare(walker, o, u, path, out);
    PropertiesDiff.compare(walker, o, u, path, out);
    RequiredDiff.compare(o, u, path, out);
  }


  /**
   * Pattern properties paired by regex. One that appears or disappears is judged against what the
   * other side allowed for such names: nothing (closed), any value, or its additional schema.
   */
  private static void patternProperties(
      SchemaWalker walker, ObjectSchema o, ObjectSchema u, SchemaPath path, Differences out) {
    Map<String, Schema> before = byRegex(o.getPatternProperties());
    Map<String, Schema> after = byRegex(u.getPatternProperties());
    TreeSet<String> regexes = new TreeSet<>(before.keySet());
    regexes.addAll(after.keySet());
    for (String regex : regexes) {
      SchemaPath at = path.child("patternProperties").child(regex);
      if (before.containsKey(regex) && after.containsKey(regex)) {
        walker.compare(before.get(regex), after.get(regex), at, out);
      } else if (after.containsKey(regex)) {
        if (o.permitsAdditionalProperties()) {
          walker.compare(otherwise(new ObjectContent(o)), after.get(regex), at, out);
        } else {
          out.add(JsonDifference.ADDITIONAL_PROPERTIES_ADDED, at,
              "Properties of " + Describe.where(path) + " matching `" + regex + "` are now " + out.edit().says("allowed.", "forbidden."));
        }
      } else if (u.permitsAdditionalProperties()) {
        walker.compare(before.get(regex), otherwise(new ObjectContent(u)), at, out);
      } else {
        out.add(JsonDifference.ADDITIONAL_PROPERTIES_REMOVED, at,
            "Properties of " + Describe.where(path) + " matching `" + regex + "` are now " + out.edit().says("forbidden.", "allowed."));
      }
    }
  }

  /** What an object allows for a name no pattern matches: its additional schema, or anything. */
  private static Schema otherwise(ObjectContent content) {
    return content.additional() != null ? content.additional() : ObjectContent.ANYTHING;
  }

  private static Map<String, Schema> byRegex(Map<Pattern, Schema> patterns) {
    Map<String, Schema> byRegex = new TreeMap<>();
    patterns.forEach((pattern, schema) -> byRegex.put(pattern.pattern(), schema));
    return byRegex;
  }
}
