package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.util.Objects;
import org.everit.json.schema.Schema;

/** Annotation keywords: they never change which documents are valid, but are worth reporting. */
final class Annotations {

  private Annotations() {}

  static void compare(Schema o, Schema u, SchemaPath path, Differences out) {
    annotation(o.getId(), u.getId(), "$id", JsonDifference.ID_CHANGED, path, out);
    annotation(o.getTitle(), u.getTitle(), "title", JsonDifference.TITLE_CHANGED, path, out);
    annotation(o.getDescription(), u.getDescription(), "description", JsonDifference.DESCRIPTION_CHANGED, path, out);
    Object originalDefault = o.hasDefaultValue() ? String.valueOf(o.getDefaultValue()) : null;
    Object updateDefault = u.hasDefaultValue() ? String.valueOf(u.getDefaultValue()) : null;
    annotation(originalDefault, updateDefault, "default", JsonDifference.DEFAULT_CHANGED, path, out);
  }

  private static void annotation(
      Object original, Object update, String keyword, JsonDifference type, SchemaPath path, Differences out) {
    if (!Objects.equals(original, update)) {
      out.add(type, path.child(keyword),
          "`" + keyword + "` of " + Describe.where(path) + " changed from " + quoted(original) + " to "
              + quoted(update) + ".");
    }
  }

  private static String quoted(Object value) {
    return value == null ? "none" : "\"" + value + "\"";
  }
}
