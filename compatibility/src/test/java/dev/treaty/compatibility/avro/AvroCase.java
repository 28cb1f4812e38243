package dev.treaty.compatibility.avro;

import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case folder under {@code cases/avro/<group>/<case>/}: {@code existing.avsc},
 * {@code proposed.avsc}, {@code expected.txt} and optionally references. References live in
 * {@code refs/} (shared by both sides) or in {@code refs/existing/} and {@code refs/proposed/};
 * each file is named {@code <order>-<full type name>.avsc} and they are applied in file-name order,
 * dependencies first.
 */
record AvroCase(Path folder) {

  static final Path ROOT = resource("cases/avro");

  static List<AvroCase> all() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(path -> path.getFileName().toString().equals("existing.avsc"))
          .map(path -> new AvroCase(path.getParent()))
          .sorted((a, b) -> a.name().compareTo(b.name()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return ROOT.relativize(folder).toString().replace('\\', '/');
  }

  String group() {
    return folder.getParent().getFileName().toString();
  }

  AvroSchema existing() {
    return parse("existing");
  }

  AvroSchema proposed() {
    return parse("proposed");
  }

  Path expectedFile() {
    return folder.resolve("expected.txt");
  }

  List<String> expected() {
    return read(expectedFile()).lines().map(String::stripTrailing).filter(line -> !line.isEmpty()).toList();
  }

  private AvroSchema parse(String side) {
    return (AvroSchema) SchemaFormats.AVRO.parse(read(folder.resolve(side + ".avsc")), references(side));
  }

  private List<ResolvedReference> references(String side) {
    Path own = folder.resolve("refs").resolve(side);
    Path dir = Files.isDirectory(own) ? own : folder.resolve("refs");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .sorted()
          .map(file -> new ResolvedReference(referenceName(file), read(file)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String referenceName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.indexOf('-') + 1, name.length() - ".avsc".length());
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(AvroCase.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
