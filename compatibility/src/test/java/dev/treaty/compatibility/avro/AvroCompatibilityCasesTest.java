package dev.treaty.compatibility.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.VersionedSchema;
import dev.treaty.compatibility.Wording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every Avro case folder: a FULL check of proposed against existing must give exactly the
 * findings in {@code expected.txt}. After a deliberate change of behaviour, run with
 * {@code -Dtreaty.regenerateCases=true} to rewrite the files of the source tree, then review the diff;
 * {@link AvroOracleTest} keeps the verdicts honest against Avro itself.
 */
class AvroCompatibilityCasesTest {

  private final CompatibilityChecker checker = new CompatibilityChecker();

  static List<AvroCase> cases() {
    return AvroCase.all();
  }

  static List<String> fullCheck(CompatibilityChecker checker, AvroCase avroCase) {
    return checker
        .check(
            CompatibilityLevel.FULL,
            avroCase.proposed(),
            List.of(new VersionedSchema(1, avroCase.existing())),
            CheckOptions.DEFAULTS)
        .findings()
        .stream()
        .map(AvroCompatibilityCasesTest::line)
        .toList();
  }

  private static String line(Finding finding) {
    return (finding.direction() + " " + finding.severity() + " " + finding.ruleId() + " " + finding.path()).stripTrailing();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fullCheckGivesTheExpectedFindings(AvroCase avroCase) throws IOException {
    List<String> actual = fullCheck(checker, avroCase);
    if (Boolean.getBoolean("treaty.regenerateCases")) {
      Path source = Path.of("src/test/resources/cases/avro").resolve(avroCase.name());
      Files.writeString(source.resolve("expected.txt"), actual.isEmpty() ? "" : String.join("\n", actual) + "\n");
      return;
    }
    assertThat(actual).containsExactlyElementsOf(avroCase.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findingsNameTheEditUnderEveryLevel(AvroCase avroCase) {
    Wording.check(avroCase.existing(), avroCase.proposed(), CheckOptions.DEFAULTS,
        Path.of("src/test/resources/cases/avro").resolve(avroCase.name()).resolve("wording.txt"));
  }
}
