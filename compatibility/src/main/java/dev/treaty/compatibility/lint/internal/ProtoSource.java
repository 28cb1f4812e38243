package dev.treaty.compatibility.lint.internal;

import com.squareup.wire.schema.Location;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a .proto file, for what Wire's parse tree does not keep: where a name, a number or
 * a statement starts (buf reports those positions), and the leading comment of an element.
 */
public final class ProtoSource {

  private final String fileName;
  private final String text;
  private final int[] lineStarts;

  public ProtoSource(String fileName, String text) {
    this.fileName = fileName;
    this.text = text;
    this.lineStarts = text.lines().count() == 0 ? new int[] {0} : lineStarts(text);
  }

  private static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }

  public String fileName() {
    return fileName;
  }

  public String text() {
    return text;
  }

  /** The offset of a Wire location (1-based line and column). */
  public int offset(Location location) {
    int line = Math.max(1, Math.min(location.getLine(), lineStarts.length));
    return Math.min(text.length(), lineStarts[line - 1] + Math.max(0, location.getColumn() - 1));
  }

  /** {@code file:line:column} of an offset. */
  public String position(int offset) {
    int line = 1;
    while (line < lineStarts.length && lineStarts[line] <= offset) {
      line++;
    }
    return fileName + ":" + line + ":" + (offset - lineStarts[line - 1] + 1);
  }

  /** The position of the first match of {@code pattern}'s group 1 at or after {@code from}. */
  public String find(Pattern pattern, int from) {
    Matcher matcher = pattern.matcher(text);
    if (from >= 0 && from <= text.length() && matcher.find(from)) {
      return position(matcher.start(1));
    }
    return position(Math.max(0, Math.min(from, text.length())));
  }

  /** The position of {@code name} as a whole word at or after a Wire location. */
  public String nameAfter(Location location, String name) {
    return find(Pattern.compile("(?<![\\w.])(" + Pattern.quote(name) + ")(?![\\w])"), offset(location));
  }

  /** The position of the statement matching {@code pattern} (group 1 is where it starts). */
  public String statement(Pattern pattern) {
    return find(pattern, 0);
  }

  /**
   * The comment block right above a line (no blank line between), as protoc attaches leading
   * comments, with the comment markers removed; {@code null} when there is none.
   */
  public String leadingComment(int line) {
    StringBuilder comment = new StringBuilder();
    int current = line - 1;
    while (current >= 1) {
      String content = lineText(current).trim();
      if (content.startsWith("//")) {
        comment.insert(0, content.substring(2).trim() + "\n");
        current--;
      } else if (content.endsWith("*/")) {
        int first = current;
        while (first > 1 && !lineText(first).contains("/*")) {
          first--;
        }
        for (int i = current; i >= first; i--) {
          String part = lineText(i).trim().replace("/**", "").replace("/*", "").replace("*/", "");
          comment.insert(0, part.replaceFirst("^\\*\\s?", "").trim() + "\n");
        }
        current = first - 1;
        if (!lineText(first).trim().startsWith("/*")) {
          break;
        }
      } else {
        break;
      }
    }
    return comment.length() == 0 ? null : comment.toString();
  }

  private String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    return text.substring(start, Math.max(start, end));
  }
}
