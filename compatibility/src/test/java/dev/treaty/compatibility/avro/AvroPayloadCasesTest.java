package dev.treaty.compatibility.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every payload case gives exactly its expected findings. {@code -Dtreaty.regenerateCases=true}
 * rewrites the files in the source tree, as for the compatibility cases.
 */
class AvroPayloadCasesTest {

  static List<AvroPayloadCase> cases() {
    return AvroPayloadCase.all();
  }

  static List<String> findings(AvroPayloadCase payloadCase) {
    return SchemaFormats.AVRO.validate(payloadCase.schema(), payloadCase.payload()).stream()
        .map(AvroPayloadCasesTest::line)
        .toList();
  }

  private static String line(Finding finding) {
    return (finding.severity() + " " + finding.ruleId() + " " + finding.path()).stripTrailing();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validationGivesTheExpectedFindings(AvroPayloadCase payloadCase) throws IOException {
    List<String> actual = findings(payloadCase);
    if (Boolean.getBoolean("treaty.regenerateCases")) {
      Path source = Path.of("src/test/resources/payloads/avro").resolve(payloadCase.name());
      Files.writeString(source.resolve("expected.txt"), actual.isEmpty() ? "" : String.join("\n", actual) + "\n");
      return;
    }
    assertThat(actual).containsExactlyElementsOf(payloadCase.expected());
  }
}
