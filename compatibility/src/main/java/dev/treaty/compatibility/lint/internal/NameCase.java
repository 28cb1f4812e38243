package dev.treaty.compatibility.lint.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A naming convention: whether a name follows it, and the name converted to it (for the
 * "such as ..." of a finding). The conversions are buf's, so that Protobuf findings suggest what
 * {@code buf lint} suggests.
 */
public enum NameCase {
  PASCAL_CASE("PascalCase", "[A-Z][A-Za-z0-9]*"),
  CAMEL_CASE("camelCase", "[a-z][A-Za-z0-9]*"),
  LOWER_SNAKE_CASE("lower_snake_case", "[a-z][a-z0-9]*(_[a-z0-9]+)*"),
  UPPER_SNAKE_CASE("UPPER_SNAKE_CASE", "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private final String label;
  private final Pattern pattern;

  NameCase(String label, String regex) {
    this.label = label;
    this.pattern = Pattern.compile(regex);
  }

  public String label() {
    return label;
  }

  public boolean matches(String name) {
    return pattern.matcher(name).matches();
  }

  public String convert(String name) {
    return switch (this) {
      case PASCAL_CASE -> toPascal(name);
      case CAMEL_CASE -> {
        String pascal = toPascal(toLowerSnake(name));
        yield pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
      }
      case LOWER_SNAKE_CASE -> toLowerSnake(name);
      case UPPER_SNAKE_CASE -> toLowerSnake(name).toUpperCase(Locale.ROOT);
    };
  }

  /** Parses a label such as {@code camelCase} (or the enum name). */
  public static NameCase parse(String text) {
    for (NameCase value : values()) {
      if (value.label.equals(text) || value.name().equalsIgnoreCase(text)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "Unknown case '" + text + "': use PascalCase, camelCase, lower_snake_case or UPPER_SNAKE_CASE");
  }

  private static boolean isDelimiter(char c) {
    return c == '.' || c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** buf's PascalCase: drop delimiters, upper-case the first letter of each word, lower-case the rest. */
  static String toPascal(String name) {
    StringBuilder out = new StringBuilder();
    String trimmed = name.strip();
    char previous = 0;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (!isDelimiter(c)) {
        out.append(i == 0 || isDelimiter(previous) || Character.isUpperCase(c)
            ? Character.toUpperCase(c)
            : Character.toLowerCase(c));
      }
      previous = c;
    }
    return out.toString();
  }

  /**
   * buf's lower_snake_case: a new word starts at an upper-case letter that follows a lower-case
   * one or precedes one (so {@code HTTPServer} is {@code http_server}); digits start no word.
   */
  static String toLowerSnake(String name) {
    String s = trim(name);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = isDelimiter(s.charAt(i)) ? '_' : s.charAt(i);
      if (i == 0) {
        out.append(c);
      } else if (Character.isUpperCase(c) && out.charAt(out.length() - 1) != '_'
          && ((i < s.length() - 1 && !Character.isUpperCase(s.charAt(i + 1)) && !Character.isDigit(s.charAt(i + 1))
                  && !isDelimiter(s.charAt(i + 1)))
              || Character.isLowerCase(s.charAt(i - 1)))) {
        out.append('_').append(c);
      } else if (!(c == '_' && out.charAt(out.length() - 1) == '_')) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static String trim(String name) {
    int start = 0;
    int end = name.length();
    while (start < end && isDelimiter(name.charAt(start))) {
      start++;
    }
    while (end > start && isDelimiter(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(start, end);
  }
}
