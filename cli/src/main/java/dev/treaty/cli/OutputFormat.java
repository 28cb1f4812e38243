package dev.treaty.cli;

/** How results are printed: for people, for programs, or as GitHub Actions annotations. */
enum OutputFormat {
  TEXT,
  JSON,
  GITHUB;

  static OutputFormat parse(String name) {
    for (OutputFormat format : values()) {
      if (format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new InputException("Unknown output '" + name + "'; use text, json or github");
  }
}
