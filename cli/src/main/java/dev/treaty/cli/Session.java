package dev.treaty.cli;

import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaFormats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one run of the command sees of the world: where output goes, whether that is a terminal
 * (colour, progress bars), the environment, the working directory and the schema formats.
 * Tests build one with captured streams; {@link Treaty#main} builds the real one.
 */
record Session(
    PrintWriter out,
    PrintWriter err,
    boolean terminal,
    Map<String, String> env,
    Path workingDir,
    List<SchemaFormat> formats) {

  static Session system() {
    boolean terminal = System.console() != null
        && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
    return new Session(
        new PrintWriter(System.out, true), new PrintWriter(System.err, true), terminal, System.getenv(),
        Path.of("").toAbsolutePath(), SchemaFormats.all());
  }

  /** A path as the user typed it, resolved against the working directory. */
  Path resolve(String path) {
    return workingDir.resolve(path);
  }

  Colours colours() {
    return terminal ? Colours.ANSI : Colours.PLAIN;
  }
}
