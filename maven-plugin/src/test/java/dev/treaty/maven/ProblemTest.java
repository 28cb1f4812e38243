package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.client.model.Incompatibility;
import dev.treaty.compatibility.Change;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.Severity;
import dev.treaty.compatibility.Side;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void aLocalChangeNamesTheEditWhomItBreaksAndTheRemedy() {
    Finding finding = new Finding("READER_FIELD_MISSING_DEFAULT_VALUE", Severity.BREAKING, "/fields/2", null,
        "Field `email` was added without a default.", Direction.BACKWARD, 3, "Give the field a `default`.");
    Change change = Change.of(List.of(finding)).get(0);

    assertThat(Problem.of("users-value", change, null).describe()).isEqualTo(
        "READER_FIELD_MISSING_DEFAULT_VALUE at /fields/2: Field `email` was added without a default: this breaks"
            + " consumers on the new schema reading data written with version 3. How to make it safe: Give the field a"
            + " `default`.");
  }

  @Test
  void aDeletionIsLocatedInTheEarlierFileItWasDeletedFrom() {
    Finding removed = new Finding("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", Severity.BREAKING,
        "/messages/Order/fields/3", "order.proto:7:3", "The field `items` (3) was deleted.", Direction.BACKWARD, 1,
        "Reserve 3.", Side.OLD);
    Finding added = new Finding("FIELD_SAME_TYPE", Severity.BREAKING, "/messages/Order/fields/4", "order.proto:9:3",
        "The field `carrier` (4) was added.", Direction.BACKWARD, 1, "Keep it.", Side.NEW);
    SubjectSchema schema = new SubjectSchema("orders-value", new java.io.File("src/main/proto/order.proto"), "PROTOBUF",
        "", List.of());
    List<PreviousSchemas.Previous> earlier = List.of(new PreviousSchemas.Previous("previous/order.proto", ""));

    assertThat(CheckLocalMojo.location(Change.of(List.of(removed)).get(0), schema, earlier))
        .isEqualTo("previous/order.proto:7:3");
    assertThat(CheckLocalMojo.location(Change.of(List.of(added)).get(0), schema, earlier))
        .isEqualTo(new java.io.File("src/main/proto/order.proto").getPath() + ":9:3");
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
