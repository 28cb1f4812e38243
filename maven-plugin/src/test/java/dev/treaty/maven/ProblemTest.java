package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.client.model.Incompatibility;
import dev.treaty.compatibility.Change;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void aLocalChangeNamesTheEditWhomItBreaksAndTheRemedy() {
    Finding finding = new Finding("READER_FIELD_MISSING_DEFAULT_VALUE", Severity.BREAKING, "/fields/2", null,
        "Field `email` was added without a default.", Direction.BACKWARD, 3, "Give the field a `default`.");
    Change change = Change.of(List.of(finding)).get(0);

    assertThat(Problem.of("users-value", change).describe()).isEqualTo(
        "READER_FIELD_MISSING_DEFAULT_VALUE at /fields/2: Field `email` was added without a default: this breaks"
            + " consumers on the new schema reading data written with version 3. How to make it safe: Give the field a"
            + " `default`.");
  }

  @Test
  void aRegistryIncompatibilityKeepsTheRegistrysSentenceAndRemedy() {
    Incompatibility found = new Incompatibility("FIELD_REMOVED", "/fields/1", null, "Field `name` was removed.",
        "FORWARD", null, Map.of("FORWARD", "BREAKING"), "Reserve the number.");

    assertThat(Problem.of("users-value", found).describe()).isEqualTo(
        "FIELD_REMOVED at /fields/1: Field `name` was removed. How to make it safe: Reserve the number.");
  }

  @Test
  void anEmptyPathIsTheWholeSchemaAndAnErrorIsItsMessage() {
    Incompatibility whole = new Incompatibility("SCHEMA_TYPE_CHANGED", "", null, "Type changed.", null, null);

    assertThat(Problem.of("s", whole).describe()).isEqualTo("SCHEMA_TYPE_CHANGED at the whole schema: Type changed.");
    assertThat(Problem.error("s", "Subject 's' not found.").describe()).isEqualTo("Subject 's' not found.");
  }
}
