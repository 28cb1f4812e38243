package dev.treaty.compatibility.protobuf.internal;

/**
 * Replaces comments with spaces before parsing, keeping every line break, so Wire attaches no
 * documentation to elements (the canonical text carries no comments, as in Confluent) while
 * line and column numbers stay those of the original text.
 */
final class CommentBlanker {

  private CommentBlanker() {}

  static String blank(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int end = endOfString(text, i);
        out.append(text, i, end);
        i = end;
      } else if (text.startsWith("//", i)) {
        while (i < text.length() && text.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? text.length() : end + 2;
        for (; i < end; i++) {
          out.append(text.charAt(i) == '\n' ? '\n' : ' ');
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int endOfString(String text, int start) {
    char quote = text.charAt(start);
    int i = start + 1;
    while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, text.length());
  }
}
