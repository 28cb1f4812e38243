package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.util.Objects;
import org.everit.json.schema.Schema;

/** Annotation keywords: they never change which documents are valid, but are worth reporting. */
final class Annotations {

  private Annotations() {}

  static void compare(Schema o, Schema u, SchemaPath path, Differences out) {
    annotation(json(o.getId()), json(u.getId()), "$id", JsonDifference.ID_CHANGED, path, out);
    annotation(json(o.getTitle()), json(u.getTitle()), "title", JsonDifference.TITLE_CHANGED, path, out);
    annotation(json(o.getDescription()), json(u.getDescription()), "description", JsonDifference.DESCRIPTION_CHANGED,
        path, out);
    Object originalDefault = o.hasDefaultValue() ? EnumDiff.canonical(o.getDefaultValue()) : null;
    Object updateDefault = u.hasDefaultValue() ? EnumDiff.canonical(u.getDefaultValue()) : null;
    annotation(originalDefault, updateDefault, "default", JsonDifference.DEFAULT_CHANGED, path, out);
  }

  private static void annotation(
      Object original, Object update, String keyword, JsonDifference type, SchemaPath path, Differences out) {
    if (!Objects.equals(original, update)) {
      out.add(type, path.child(keyword),
          "`" + keyword + "` of " + Describe.where(path) + " changed " + out.edit().fromTo(quoted(original), quoted(update)) + ".");
    }
  }

  /** Values are shown as JSON, so a string default reads "EUR" and a numeric one 5. */
  private static String quoted(Object value) {
    return value == null ? "none" : value.toString();
  }

  private static String json(String text) {
    return text == null ? null : EnumDiff.canonical(text);
  }
}
