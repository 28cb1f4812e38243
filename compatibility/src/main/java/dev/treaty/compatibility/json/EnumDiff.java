package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.Schema;
import org.json.JSONArray;
import org.json.JSONObject;

/** {@code enum} as a set of values; a {@code const} is a one-value enum whose change is CHANGED. */
final class EnumDiff {

  private EnumDiff() {}

  static void compare(Schema o, Schema u, SchemaPath path, Differences out) {
    String where = Describe.where(path);
    if (o instanceof ConstSchema original && u instanceof ConstSchema update) {
      String before = canonical(original.getPermittedValue());
      String after = canonical(update.getPermittedValue());
      if (!before.equals(after)) {
        out.add(JsonDifference.ENUM_ARRAY_CHANGED, path.child("const"),
            "The `const` of " + where + " changed " + out.edit().fromTo(before, after) + ".");
      }
      return;
    }
    Set<String> before = values(((EnumSchema) o).getPossibleValuesAsList());
    Set<String> after = values(((EnumSchema) u).getPossibleValuesAsList());
    if (before.equals(after)) {
      return;
    }
    SchemaPath at = path.child("enum");
    List<String> added = new ArrayList<>(after);
    added.removeAll(before);
    List<String> removed = new ArrayList<>(before);
    removed.removeAll(after);
    if (removed.isEmpty()) {
      out.add(JsonDifference.ENUM_ARRAY_EXTENDED, at, "The enum of " + where + " " + out.edit().says("gained ", "lost ") + String.join(", ", added) + ".");
    } else if (added.isEmpty()) {
      out.add(JsonDifference.ENUM_ARRAY_NARROWED, at, "The enum of " + where + " " + out.edit().says("lost ", "gained ") + String.join(", ", removed) + ".");
    } else {
      out.add(JsonDifference.ENUM_ARRAY_CHANGED, at, "The enum of " + where + " lost " + String.join(", ", out.edit().earlier(removed, added))
          + " and gained " + String.join(", ", out.edit().later(removed, added)) + ".");
    }
  }

  private static Set<String> values(Collection<Object> values) {
    return values.stream().map(EnumDiff::canonical).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** JSON text of a value with sorted keys and plain numbers, so 1, 1.0 and 1e0 are one value. */
  static String canonical(Object value) {
    if (value == null || value == JSONObject.NULL) {
      return "null";
    }
    if (value instanceof Number number) {
      return Limit.plain(number);
    }
    if (value instanceof JSONObject object) {
      return canonical(object.toMap());
    }
    if (value instanceof JSONArray array) {
      return canonical(array.toList());
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((key, item) -> sorted.put(String.valueOf(key), canonical(item)));
      return sorted.entrySet().stream()
          .map(entry -> JSONObject.quote(entry.getKey()) + ":" + entry.getValue())
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(EnumDiff::canonical).collect(Collectors.joining(",", "[", "]"));
    }
    if (value instanceof String text) {
      return JSONObject.quote(text);
    }
    return String.valueOf(value);
  }
}
