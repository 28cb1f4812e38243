package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.Location;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a field's {@code [default = ...]} was written: Wire keeps the value but not whether it was
 * quoted, and protoc refuses a quoted number for an int field as it refuses a bare word for a
 * string one. Read from the comment-blanked text at the field's position.
 */
record DefaultLiteral(boolean quoted, String text) {

  private static final Pattern DEFAULT = Pattern.compile("\\bdefault\\s*=\\s*(\"|'|[^\\s,\\]]+)");

  static DefaultLiteral at(String fileText, Location field, String value) {
    int offset = offsetOf(fileText, field.getLine(), field.getColumn());
    int end = fileText.indexOf(';', offset);
    Matcher matcher = DEFAULT.matcher(fileText);
    matcher.region(Math.max(0, offset), end < 0 ? fileText.length() : end);
    if (!matcher.find()) {
      return new DefaultLiteral(false, value);
    }
    String start = matcher.group(1);
    boolean quoted = start.equals("\"") || start.equals("'");
    return new DefaultLiteral(quoted, quoted ? value : start);
  }

  private static int offsetOf(String text, int line, int column) {
    int offset = 0;
    for (int current = 1; current < line && offset >= 0; current++) {
      offset = text.indexOf('\n', offset) + 1;
      if (offset == 0) {
        return text.length();
      }
    }
    return Math.min(text.length(), offset + column - 1);
  }
}
