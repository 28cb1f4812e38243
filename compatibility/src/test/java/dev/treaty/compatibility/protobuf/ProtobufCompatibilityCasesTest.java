package dev.treaty.compatibility.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.Wording;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every Protobuf case folder. With {@code -Dtreaty.cases.write=true} it rewrites
 * the {@code expected-<set>.txt} files from the current verdicts instead (review the diff before committing).
 */
class ProtobufCompatibilityCasesTest {

  static Stream<ProtobufCase> cases() throws IOException {
    return ProtobufCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findingsMatchTheExpectedList(ProtobufCase protobufCase) throws IOException {
    if (Boolean.getBoolean("treaty.cases.write")) {
      Files.writeString(protobufCase.expectedFile(),
          String.join("\n", protobufCase.actualLines()) + (protobufCase.actualLines().isEmpty() ? "" : "\n"));
    }
    assertThat(protobufCase.actualLines()).containsExactlyElementsOf(protobufCase.expectedLines());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findingsNameTheEditUnderEveryLevel(ProtobufCase protobufCase) {
    Wording.check(protobufCase.existing(), protobufCase.proposed(), protobufCase.options(), protobufCase.wordingFile());
  }
}
