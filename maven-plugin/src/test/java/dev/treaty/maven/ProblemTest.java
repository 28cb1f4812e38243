package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.client.model.Incompatibility;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.Severity;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void backwardFindingSaysTheNewSchemaCannotReadTheOldVersion() {
    Finding finding = new Finding("READER_FIELD_MISSING_DEFAULT_VALUE", Severity.BREAKING, "/fields/2", null,
        "field `email` has no default value.", Direction.BACKWARD, 3);

    assertThat(Problem.of("users-value", finding).describe()).isEqualTo(
        "READER_FIELD_MISSING_DEFAULT_VALUE at /fields/2 (consumers using the new schema cannot read data written"
            + " with version 3): field `email` has no default value.");
  }

  @Test
  void forwardIncompatibilitySaysTheOldConsumersCannotReadTheNewSchema() {
    Incompatibility found = new Incompatibility("FIELD_REMOVED", "/fields/1", null, "field name was removed.",
        "FORWARD", null);

    assertThat(Problem.of("users-value", found).describe()).isEqualTo(
        "FIELD_REMOVED at /fields/1 (consumers still using the previous schema cannot read data written with the"
            + " new schema): field name was removed.");
  }

  @Test
  void anEmptyPathIsTheWholeSchemaAndAnErrorIsItsMessage() {
    Finding whole = new Finding("SCHEMA_TYPE_CHANGED", Severity.BREAKING, "", null, "Type changed.", null, null);

    assertThat(Problem.of("s", whole).describe()).isEqualTo("SCHEMA_TYPE_CHANGED at the whole schema: Type changed.");
    assertThat(Problem.error("s", "Subject 's' not found.").describe()).isEqualTo("Subject 's' not found.");
  }
}
