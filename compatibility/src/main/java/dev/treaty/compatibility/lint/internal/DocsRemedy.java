package dev.treaty.compatibility.lint.internal;

/** How each format documents an element. */
final class DocsRemedy {

  private DocsRemedy() {}

  static String of(String format, String element) {
    return switch (format) {
      case "AVRO" -> "Add a \"doc\" to " + element + ".";
      case "JSON" -> "Add a \"description\" to " + element + ".";
      default -> "Add a comment on the line above " + element + ".";
    };
  }
}
