package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.math.BigDecimal;

/**
 * One numeric keyword (maxLength, minimum, maxItems, ...) compared between two nodes. The four
 * difference kinds carry their own status, so upper and lower bounds share this code.
 */
record Limit(
    String keyword,
    JsonDifference added,
    JsonDifference removed,
    JsonDifference increased,
    JsonDifference decreased) {

  void compare(Number original, Number update, SchemaPath path, Differences out) {
    SchemaPath at = path.child(keyword);
    String where = Describe.where(path);
    if (original == null && update == null) {
      return;
    }
    if (original == null) {
      out.add(added, at, "`" + keyword + "` " + plain(update) + " was " + out.edit().says("added to ", "removed from ") + where + ".");
    } else if (update == null) {
      out.add(removed, at, "`" + keyword + "` " + plain(original) + " was " + out.edit().says("removed from ", "added to ") + where + ".");
    } else {
      int order = decimal(update).compareTo(decimal(original));
      if (order != 0) {
        out.add(order > 0 ? increased : decreased, at,
            "`" + keyword + "` of " + where + " changed " + out.edit().fromTo(plain(original), plain(update)) + ".");
      }
    }
  }

  static BigDecimal decimal(Number number) {
    return new BigDecimal(number.toString());
  }

  static String plain(Number number) {
    return decimal(number).stripTrailingZeros().toPlainString();
  }
}
