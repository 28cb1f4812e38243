package dev.treaty.cli;

import java.io.PrintWriter;

/** Prints a {@link ChangeReport} as text for people, JSON for programs, or GitHub annotations. */
final class ChangePrinter {

  private static final String INDENT = "          ";

  private ChangePrinter() {}

  static void print(Session session, OutputFormat format, ChangeReport report) {
    PrintWriter out = session.out();
    switch (format) {
      case JSON -> JsonOutput.print(out, report);
      case GITHUB -> github(out, report);
      case TEXT -> text(out, session.colours(), report);
    }
  }

  private static void text(PrintWriter out, Colours colours, ChangeReport report) {
    for (Change change : report.changes()) {
      String severity = change.breaking() ? colours.red("BREAKING") : colours.green("safe    ");
      String where = change.path().isEmpty() ? "/" : change.path();
      String location = change.location() == null ? "" : " (" + change.location() + ")";
      String context = change.context().isEmpty() ? "" : colours.dim(" [" + change.context() + "]");
      out.println(severity + "  " + change.ruleId() + " at " + where + location + context);
      out.println(INDENT + change.message());
      if (change.remedy() != null) {
        out.println(INDENT + colours.dim("How to make it safe: " + change.remedy()));
      }
    }
    String summary = report.summary();
    out.println(report.compatible() ? summary : colours.bold(summary));
  }

  /**
   * Workflow commands GitHub Actions turns into annotations on the changed file, or on the old file
   * for what only the old schema has (a deleted field); a line of an old schema that is not a local
   * file is left out rather than put on the wrong file.
   */
  private static void github(PrintWriter out, ChangeReport report) {
    for (Change change : report.changes()) {
      String file = change.inOld() ? report.oldFile() : report.file();
      StringBuilder line = new StringBuilder(change.breaking() ? "::error " : "::notice ");
      if (file != null) {
        line.append("file=").append(property(file)).append(',');
      }
      Position position = file == null && change.inOld() ? null : Position.of(change.location());
      if (position != null) {
        line.append("line=").append(position.line()).append(',');
        if (position.column() != null) {
          line.append("col=").append(position.column()).append(',');
        }
      }
      line.append("title=").append(property(change.ruleId()));
      String where = change.path().isEmpty() ? "/" : change.path();
      String context = change.context().isEmpty() ? "" : ", " + change.context();
      String remedy = change.remedy() == null ? "" : "\nHow to make it safe: " + change.remedy();
      line.append("::").append(data(change.message() + " (" + where + context + ")" + remedy));
      out.println(line);
    }
    out.println(report.summary());
  }

  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }

  /** Line and column of a {@code file:line:column} location. */
  record Position(int line, Integer column) {
    static Position of(String location) {
      if (location == null) {
        return null;
      }
      String[] parts = location.split(":");
      try {
        if (parts.length >= 3) {
          return new Position(Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1]));
        }
        if (parts.length == 2) {
          return new Position(Integer.parseInt(parts[1]), null);
        }
      } catch (NumberFormatException e) {
        return null;
      }
      return null;
    }
  }
}
