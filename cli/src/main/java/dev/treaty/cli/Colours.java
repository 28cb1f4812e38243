package dev.treaty.cli;

/** ANSI colours on a terminal, nothing at all in pipes and files. */
enum Colours {
  ANSI,
  PLAIN;

  String red(String text) {
    return wrap("31;1", text);
  }

  String green(String text) {
    return wrap("32", text);
  }

  String dim(String text) {
    return wrap("2", text);
  }

  String bold(String text) {
    return wrap("1", text);
  }

  private String wrap(String code, String text) {
    return this == ANSI ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
