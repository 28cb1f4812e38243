package dev.treaty.compatibility.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.Wording;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every JSON Schema case folder and compares the whole list of findings. */
class JsonCompatibilityCasesTest {

  static List<JsonCase> cases() {
    return JsonCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fullCheckReportsExactlyTheExpectedFindings(JsonCase jsonCase) {
    assertThat(jsonCase.actual()).as(jsonCase.name()).containsExactlyElementsOf(jsonCase.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findingsNameTheEditUnderEveryLevel(JsonCase jsonCase) {
    Wording.check(jsonCase.existing(), jsonCase.proposed(), jsonCase.options(), jsonCase.wordingFile());
  }

  @Test
  void thereAreEnoughCasesToMatter() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(110);
  }
}
