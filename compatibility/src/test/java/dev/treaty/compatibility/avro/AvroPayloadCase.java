package dev.treaty.compatibility.avro;

import dev.treaty.compatibility.SchemaFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One payload case under {@code payloads/avro/<group>/<case>/}: {@code schema.avsc},
 * {@code payload.json} (Avro's JSON encoding), {@code expected.txt} with one
 * {@code <SEVERITY> <RULE_ID> <path>} line per finding, and optionally
 * {@code decoder-differs.txt} saying why Avro's own JSON decoder deliberately disagrees.
 */
record AvroPayloadCase(Path folder) {

  static final Path ROOT = AvroCase.resource("payloads/avro");

  static List<AvroPayloadCase> all() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(path -> path.getFileName().toString().equals("payload.json"))
          .map(path -> new AvroPayloadCase(path.getParent()))
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

  AvroSchema schema() {
    return (AvroSchema) SchemaFormats.AVRO.parse(AvroCase.read(folder.resolve("schema.avsc")), List.of());
  }

  String payload() {
    return AvroCase.read(folder.resolve("payload.json"));
  }

  Path expectedFile() {
    return folder.resolve("expected.txt");
  }

  List<String> expected() {
    return AvroCase.read(expectedFile()).lines().map(String::stripTrailing).filter(line -> !line.isEmpty()).toList();
  }

  Optional<String> decoderDiffers() {
    Path file = folder.resolve("decoder-differs.txt");
    return Files.exists(file) ? Optional.of(AvroCase.read(file).strip()) : Optional.empty();
  }

  @Override
  public String toString() {
    return name();
  }
}
