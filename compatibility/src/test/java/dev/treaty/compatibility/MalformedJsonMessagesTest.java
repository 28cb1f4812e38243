package dev.treaty.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedJsonMessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"AVRO", "JSON"})
  void malformedSchemaTextNamesTheProblemAndPlaceWithoutJacksonBoilerplate(String format) {
    assertThatThrownBy(() -> SchemaFormats.of(format).parse("{\"type\": \"record\",\n \"name\": [", List.of()))
        .isInstanceOfSatisfying(InvalidSchemaException.class, e -> {
          assertThat(e.getMessage()).contains("end-of-input").doesNotContain("Source:").doesNotContain("REDACTED");
          assertThat(e.line()).isEqualTo(2);
        });
  }
}
