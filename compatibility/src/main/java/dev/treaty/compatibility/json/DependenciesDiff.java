package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;

/** {@code dependencies}: property lists compared as sets, schema dependencies as sub-schemas. */
final class DependenciesDiff {

  private DependenciesDiff() {}

  static void compare(SchemaWalker walker, ObjectSchema o, ObjectSchema u, SchemaPath path, Differences out) {
    propertyLists(o.getPropertyDependencies(), u.getPropertyDependencies(), path, out);
    Map<String, Schema> before = o.getSchemaDependencies();
    Map<String, Schema> after = u.getSchemaDependencies();
    for (String key : union(before.keySet(), after.keySet())) {
      SchemaPath at = path.child("dependencies").child(key);
      if (!after.containsKey(key)) {
        out.add(JsonDifference.DEPENDENCY_SCHEMA_REMOVED, at, "The schema dependency on `" + key + "` was " + out.edit().writerOnly() + ".");
      } else if (!before.containsKey(key)) {
        out.add(JsonDifference.DEPENDENCY_SCHEMA_ADDED, at,
            "The schema dependency on `" + key + "` was " + out.edit().readerOnly() + ".");
      } else {
        walker.compare(before.get(key), after.get(key), at, out);
      }
    }
  }

  private static void propertyLists(
      Map<String, Set<String>> before, Map<String, Set<String>> after, SchemaPath path, Differences out) {
    for (String key : union(before.keySet(), after.keySet())) {
      SchemaPath at = path.child("dependencies").child(key);
      Set<String> old = before.get(key);
      Set<String> now = after.get(key);
      String subject = "The properties that `" + key + "` depends on";
      if (now == null) {
        out.add(JsonDifference.DEPENDENCY_ARRAY_REMOVED, at, "The property dependency of `" + key + "` on " + new TreeSet<>(old) + " was " + out.edit().writerOnly() + ".");
      } else if (old == null) {
        out.add(JsonDifference.DEPENDENCY_ARRAY_ADDED, at, "The property dependency of `" + key + "` on " + new TreeSet<>(now) + " was " + out.edit().readerOnly() + ".");
      } else if (!old.equals(now)) {
        JsonDifference type = now.containsAll(old) ? JsonDifference.DEPENDENCY_ARRAY_EXTENDED
            : old.containsAll(now) ? JsonDifference.DEPENDENCY_ARRAY_NARROWED
            : JsonDifference.DEPENDENCY_ARRAY_CHANGED;
        out.add(type, at, subject + " changed " + out.edit().fromTo(new TreeSet<>(old), new TreeSet<>(now)) + ".");
      }
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
