package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole-output assertions against files under {@code src/test/resources/golden}. Run with
 * {@code -Dgolden.update=true} to rewrite them after a deliberate change, then review the diff.
 */
final class Golden {

  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual);
        return;
      }
      assertThat(Files.exists(file)).as("golden file %s exists (run with -Dgolden.update=true)", file).isTrue();
      assertThat(actual).as("output compared with %s", file).isEqualTo(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
