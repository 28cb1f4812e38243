package dev.treaty.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A scratch folder holding copies of the test schemas, used as the working directory. */
final class Workspace {

  private static final Path SCHEMAS = Path.of("src/test/resources/schemas");

  private Workspace() {}

  static Path withSchemas(Path dir) {
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
