package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.util.Objects;
import java.util.regex.Pattern;
import org.everit.json.schema.StringSchema;

/** String keywords. {@code format} is not compared, as in Confluent. */
final class StringDiff {

  private static final Limit MAX_LENGTH = new Limit("maxLength", JsonDifference.MAX_LENGTH_ADDED,
      JsonDifference.MAX_LENGTH_REMOVED, JsonDifference.MAX_LENGTH_INCREASED, JsonDifference.MAX_LENGTH_DECREASED);
  private static final Limit MIN_LENGTH = new Limit("minLength", JsonDifference.MIN_LENGTH_ADDED,
      JsonDifference.MIN_LENGTH_REMOVED, JsonDifference.MIN_LENGTH_INCREASED, JsonDifference.MIN_LENGTH_DECREASED);

  private StringDiff() {}

  static void compare(StringSchema o, StringSchema u, SchemaPath path, Differences out) {
    TypeRequirement.compare(o.requireString(), u.requireString(), "string", path, out);
    MAX_LENGTH.compare(o.getMaxLength(), u.getMaxLength(), path, out);
    MIN_LENGTH.compare(o.getMinLength(), u.getMinLength(), path, out);
    pattern(text(o.getPattern()), text(u.getPattern()), path, out);
  }

  private static void pattern(String original, String update, SchemaPath path, Differences out) {
    SchemaPath at = path.child("pattern");
    String where = Describe.where(path);
    if (original == null && update != null) {
      out.add(JsonDifference.PATTERN_ADDED, at, "Pattern `" + update + "` was " + out.edit().says("added to ", "removed from ") + where + ".");
    } else if (original != null && update == null) {
      out.add(JsonDifference.PATTERN_REMOVED, at, "Pattern `" + original + "` was " + out.edit().says("removed from ", "added to ") + where + ".");
    } else if (!Objects.equals(original, update)) {
      out.add(JsonDifference.PATTERN_CHANGED, at,
          "The pattern of " + where + " changed " + out.edit().fromTo("`" + original + "`", "`" + update + "`") + ".");
    }
  }

  private static String text(Pattern pattern) {
    return pattern == null ? null : pattern.pattern();
  }
}
