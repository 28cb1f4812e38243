package dev.treaty.compatibility.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ProtobufRuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every WIRE and WIRE_JSON case, our breaking rule ids per direction equal what
 * {@code buf breaking} reported, as stored in {@code buf-<set>.txt} by
 * {@code src/test/buf/regenerate-verdicts.sh}.
 */
class BufVerdictsTest {

  static Stream<ProtobufCase> bufCases() throws IOException {
    return ProtobufCase.all().filter(c -> c.ruleSet() != ProtobufRuleSet.CONFLUENT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bufCases")
  void breakingRuleIdsEqualBufs(ProtobufCase protobufCase) {
    assertThat(protobufCase.bufVerdictFile()).exists();
    List<String> buf = ProtobufCase.read(protobufCase.bufVerdictFile()).lines()
        .filter(line -> !line.isBlank()).toList();
    assertThat(ours(protobufCase.findings())).containsExactlyElementsOf(buf);
  }

  private static List<String> ours(List<Finding> findings) {
    List<String> lines = new ArrayList<>();
    for (String direction : List.of("BACKWARD", "FORWARD")) {
      TreeSet<String> ids = new TreeSet<>();
      findings.stream()
          .filter(finding -> finding.isBreaking() && finding.direction().name().equals(direction))
          .forEach(finding -> ids.add(finding.ruleId()));
      if (ids.isEmpty()) {
        lines.add(direction + " COMPATIBLE");
      }
      ids.forEach(id -> lines.add(direction + " BREAKING " + id));
    }
    return lines;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bufCases")
  void everyBufCaseHasAVerdictFile(ProtobufCase protobufCase) throws IOException {
    assertThat(Files.readString(protobufCase.bufVerdictFile())).contains("BACKWARD").contains("FORWARD");
  }
}
