package dev.treaty.compatibility;

import static dev.treaty.compatibility.FieldListFormat.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompatibilityCheckerTest {

  private final CompatibilityChecker checker = new CompatibilityChecker();

  // v1 writes a; v2 writes a,b; proposed needs b only, and writes b.
  private final List<VersionedSchema> history =
      List.of(new VersionedSchema(1, schema("a")), new VersionedSchema(2, schema("a,b")));

  private List<String> describe(CompatibilityLevel level, String proposed) {
    return checker.check(level, schema(proposed), history, CheckOptions.DEFAULTS).findings().stream()
        .map(f -> f.direction() + " v" + f.checkedVersion() + " " + f.ruleId() + " " + f.path())
        .toList();
  }

  @Test
  void noneChecksNothing() {
    assertThat(describe(CompatibilityLevel.NONE, "z")).isEmpty();
  }

  @Test
  void backwardMakesTheProposedSchemaTheReaderOfTheLatestVersionOnly() {
    assertThat(describe(CompatibilityLevel.BACKWARD, "b")).isEmpty();
    assertThat(describe(CompatibilityLevel.BACKWARD, "c")).containsExactly("BACKWARD v2 FIELD_MISSING /c");
  }

  @Test
  void backwardTransitiveReadsEveryVersion() {
    assertThat(describe(CompatibilityLevel.BACKWARD_TRANSITIVE, "b"))
        .containsExactly("BACKWARD v1 FIELD_MISSING /b");
  }

  @Test
  void forwardMakesTheLatestVersionTheReader() {
    assertThat(describe(CompatibilityLevel.FORWARD, "a")).containsExactly("FORWARD v2 FIELD_MISSING /b");
    assertThat(describe(CompatibilityLevel.FORWARD, "a,b,c")).isEmpty();
  }

  @Test
  void forwardTransitiveLetsEveryVersionRead() {
    assertThat(describe(CompatibilityLevel.FORWARD_TRANSITIVE, "b"))
        .containsExactly("FORWARD v2 FIELD_MISSING /a", "FORWARD v1 FIELD_MISSING /a");
  }

  @Test
  void fullChecksBothDirectionsAgainstLatest() {
    assertThat(describe(CompatibilityLevel.FULL, "a")).containsExactly("FORWARD v2 FIELD_MISSING /b");
    assertThat(describe(CompatibilityLevel.FULL, "a,c"))
        .containsExactly("BACKWARD v2 FIELD_MISSING /c", "FORWARD v2 FIELD_MISSING /b");
  }

  @Test
  void fullTransitiveChecksBothDirectionsAgainstEveryVersionNewestFirst() {
    assertThat(describe(CompatibilityLevel.FULL_TRANSITIVE, "a,b")).containsExactly("BACKWARD v1 FIELD_MISSING /b");
    assertThat(describe(CompatibilityLevel.FULL_TRANSITIVE, "c"))
        .containsExactly(
            "BACKWARD v2 FIELD_MISSING /c",
            "FORWARD v2 FIELD_MISSING /a",
            "FORWARD v2 FIELD_MISSING /b",
            "BACKWARD v1 FIELD_MISSING /c",
            "FORWARD v1 FIELD_MISSING /a");
  }

  @Test
  void anythingGoesWithoutHistory() {
    CompatibilityReport report =
        checker.check(CompatibilityLevel.FULL_TRANSITIVE, schema("x"), List.of(), CheckOptions.DEFAULTS);
    assertThat(report.isCompatible()).isTrue();
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void levelNamesParseCaseInsensitivelyAndRejectTheRest() {
    assertThat(CompatibilityLevel.parse("full_transitive")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompatibilityLevel.parse("SIDEWAYS"))
        .hasMessageStartingWith("Invalid compatibility level: SIDEWAYS");
  }

  @Test
  void breakingOnlyLeavesOutSafeChangesButKeepsTheVerdict() {
    String v1 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    String v2 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
        + "{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}]}";
    List<VersionedSchema> history = List.of(new VersionedSchema(1, SchemaFormats.AVRO.parse(v1, List.of())));
    ParsedSchema proposed = SchemaFormats.AVRO.parse(v2, List.of());

    CompatibilityReport everything = checker.check(CompatibilityLevel.FULL, proposed, history, CheckOptions.DEFAULTS);
    CompatibilityReport breaking =
        checker.check(CompatibilityLevel.FULL, proposed, history, CheckOptions.DEFAULTS.breakingOnly());

    assertThat(everything.isCompatible()).isTrue();
    assertThat(everything.findings()).extracting(Finding::ruleId).contains("FIELD_DEFAULT_USED", "WRITER_FIELD_IGNORED");
    assertThat(breaking.isCompatible()).isTrue();
    assertThat(breaking.findings()).isEmpty();
  }

  @Test
  void aChangeOfFormatIsBreakingInBothDirections() {
    ParsedSchema avro = SchemaFormats.AVRO.parse("\"string\"", List.of());
    List<VersionedSchema> history = List.of(new VersionedSchema(3, FieldListFormat.schema("a")));

    CompatibilityReport report = checker.check(CompatibilityLevel.FULL, avro, history, CheckOptions.DEFAULTS);

    assertThat(report.isCompatible()).isFalse();
    assertThat(report.findings())
        .extracting(f -> f.direction() + " v" + f.checkedVersion() + " " + f.ruleId() + ": " + f.message())
        .containsExactly(
            "BACKWARD v3 SCHEMA_TYPE_CHANGED: The schema type changed from FIELDS to AVRO.",
            "FORWARD v3 SCHEMA_TYPE_CHANGED: The schema type changed from FIELDS to AVRO.");
    assertThat(report.changes()).extracting(Change::sentence).containsExactly(
        "The schema type changed from FIELDS to AVRO: this breaks consumers on the new schema reading data written"
            + " with version 3, and consumers still on version 3 reading data written with the new schema.");
  }
}
