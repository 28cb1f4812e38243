package dev.treaty.compatibility.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Treaty's parsers accept exactly what the reference tools accept: every case of
 * {@code src/test/resources/validity/<format>/} against the verdict the tools wrote into
 * {@code labels.tsv} ({@code src/test/validity/regenerate-labels.sh}). A refusal carries the
 * reason, and for Protobuf the line the tools name.
 */
class ValidityCorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/validity");

  /** One labelled case: its file and the tools' verdict. */
  record Case(String format, Path file, boolean valid, Integer line, String toolMessage) {
    @Override
    public String toString() {
      return format + "/" + file.getFileName() + (valid ? " (valid)" : " (invalid: " + toolMessage + ")");
    }
  }

  static Stream<Case> cases() {
    return Stream.of("protobuf", "json", "avro").flatMap(ValidityCorpusTest::casesOf);
  }

  private static Stream<Case> casesOf(String format) {
    Path folder = CORPUS.resolve(format);
    String extension = switch (format) {
      case "protobuf" -> ".proto";
      case "json" -> ".json";
      default -> ".avsc";
    };
    try {
      return Files.readAllLines(folder.resolve("labels.tsv"), StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank())
          .map(line -> line.split("\t", -1))
          .map(parts -> new Case(format, folder.resolve(parts[0] + extension), parts[1].equals("VALID"),
              parts.length > 2 && !parts[2].equals("-") ? Integer.valueOf(parts[2].split(":")[0]) : null,
              parts.length > 3 ? parts[3] : null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void acceptsWhatTheReferenceToolAcceptsAndRefusesWhatItRefuses(Case corpusCase) throws IOException {
    String text = Files.readString(corpusCase.file(), StandardCharsets.UTF_8);
    SchemaFormat format = SchemaFormats.of(type(corpusCase.format()));
    if (corpusCase.valid()) {
      assertThatCode(() -> format.parse(text, List.of())).doesNotThrowAnyException();
      return;
    }
    InvalidSchemaException refused = catchThrowableOfType(InvalidSchemaException.class, () -> format.parse(text, List.of()));
    assertThat(refused).as("refused like the reference tool (%s)", corpusCase.toolMessage()).isNotNull();
    assertThat(refused.getMessage()).isNotBlank();
    // protoc names the end of the file for a few whole-file problems; any line is then as good.
    boolean pointsPastTheEnd = corpusCase.line() != null && corpusCase.line() > text.lines().count();
    if (corpusCase.format().equals("protobuf") && corpusCase.line() != null && !pointsPastTheEnd) {
      assertThat(refused.line()).as("line of: %s", refused.getMessage()).isEqualTo(corpusCase.line());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void schemasStoredBeforeTheChecksExistedStillParseAsStored(Case corpusCase) throws IOException {
    String text = Files.readString(corpusCase.file(), StandardCharsets.UTF_8);
    SchemaFormat format = SchemaFormats.of(type(corpusCase.format()));
    boolean parsesAtAll = parses(() -> format.parseStored(text, List.of()));
    // Whatever the registry stored (the checks added since are all after parsing) reads back.
    if (corpusCase.valid()) {
      assertThat(parsesAtAll).isTrue();
    }
    if (corpusCase.format().equals("protobuf") && corpusCase.toolMessage() != null
        && corpusCase.toolMessage().startsWith("Key in map fields")) {
      assertThat(parsesAtAll).as("a map keyed by a message was stored before protoc's checks").isTrue();
    }
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (InvalidSchemaException e) {
      return false;
    }
  }

  @Test
  void theCorpusHoldsAtLeast150LabelledCases() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(150);
    assertThat(cases().filter(Case::valid).count()).isGreaterThanOrEqualTo(40);
  }

  @Test
  void everyCaseFileIsLabelled() throws IOException {
    for (String format : List.of("protobuf", "json", "avro")) {
      long files;
      try (Stream<Path> listed = Files.list(CORPUS.resolve(format))) {
        files = listed.filter(path -> !path.getFileName().toString().equals("labels.tsv")).count();
      }
      assertThat(casesOf(format).count()).as(format).isEqualTo(files);
    }
  }

  private static String type(String format) {
    return switch (format) {
      case "protobuf" -> "PROTOBUF";
      case "json" -> "JSON";
      default -> "AVRO";
    };
  }
}
