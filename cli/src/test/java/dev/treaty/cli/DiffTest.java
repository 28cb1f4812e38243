package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code treaty diff} of local files: no registry runs (none is reachable at the default URL's port 1). */
class DiffTest {

  @TempDir
  Path dir;

  private Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(Workspace.withSchemas(dir)).env("TREATY_REGISTRY_URL", "http://127.0.0.1:1");
  }

  @Test
  void identicalSchemasHaveNoChanges() {
    Cli.Result result = cli.run("diff", "user-v1.avsc", "user-v1.avsc");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("user-v1.avsc -> user-v1.avsc: compatible under BACKWARD (0 breaking changes, 0 safe changes)\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void anOptionalFieldIsASafeChange() {
    Cli.Result result = cli.run("diff", "user-v1.avsc", "user-v2-optional-email.avsc");

    assertThat(result.exitCode()).isZero();
    Golden.assertMatches("diff-optional-field.txt", result.out());
  }

  @Test
  void aRequiredFieldBreaksBackward() {
    Cli.Result result = cli.run("diff", "user-v1.avsc", "user-v2-required-email.avsc");

    assertThat(result.exitCode()).isEqualTo(1);
    Golden.assertMatches("diff-required-field.txt", result.out());
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aRemovedFieldIsSafeBackwardButBreaksForward() {
    assertThat(cli.run("diff", "user-v1.avsc", "user-v3-without-name.avsc").exitCode()).isZero();

    Cli.Result forward = cli.run("diff", "--level", "forward", "user-v1.avsc", "user-v3-without-name.avsc");
    assertThat(forward.exitCode()).isEqualTo(1);
    Golden.assertMatches("diff-removed-field-forward.txt", forward.out());
  }

  @Test
  void fullChecksBothDirections() {
    Cli.Result result = cli.run("diff", "--level", "FULL", "user-v1.avsc", "user-v2-required-email.avsc");

    assertThat(result.exitCode()).isEqualTo(1);
    Golden.assertMatches("diff-full.txt", result.out());
  }

  @Test
  void levelNoneListsEveryChangeAsSafe() {
    Cli.Result result = cli.run("diff", "--level", "NONE", "user-v1.avsc", "user-v2-required-email.avsc");

    assertThat(result.exitCode()).isZero();
    Golden.assertMatches("diff-none.txt", result.out());
  }

  @Test
  void diffsJsonSchemasInBothDirections() {
    Cli.Result result = cli.run("diff", "--level", "FULL", "order-v1.json", "order-v2.json");

    assertThat(result.exitCode()).isEqualTo(1);
    Golden.assertMatches("diff-json-schema-full.txt", result.out());
  }

  @Test
  void diffsProtobufWithSourceLocations() {
    Cli.Result result = cli.run("diff", "shipment-v1.proto", "shipment-v2.proto");

    assertThat(result.exitCode()).isEqualTo(1);
    Golden.assertMatches("diff-protobuf.txt", result.out());
  }

  @Test
  void annotatesProtobufLinesForGithub() {
    Cli.Result result = cli.run("diff", "shipment-v1.proto", "shipment-v2.proto", "-o", "github");

    assertThat(result.exitCode()).isEqualTo(1);
    Golden.assertMatches("diff-protobuf.github.txt", result.out());
  }

  @Test
  void aRemovedFieldIsAnnotatedOnTheOldFileAndAnAddedOneOnTheNewInEveryDirection() {
    for (String level : List.of("BACKWARD", "FORWARD", "FULL")) {
      String out = cli.run("diff", "shipment-v1.proto", "shipment-v2.proto", "-o", "github", "--level", level).out();

      assertThat(out.lines().filter(line -> line.contains("`items` (3)")).toList()).as(level)
          .singleElement().asString().contains("file=shipment-v1.proto,line=7,col=3,");
      assertThat(out.lines().filter(line -> line.contains("`carrier` (4)")).toList()).as(level)
          .singleElement().asString().contains("file=shipment-v2.proto,line=7,col=3,");
    }
  }

  @Test
  void bufsWireRulesAreStricter() {
    Cli.Result result = cli.run("diff", "shipment-v1.proto", "shipment-v2.proto", "--protobuf-rules", "wire");

    assertThat(result.exitCode()).isEqualTo(1);
    Golden.assertMatches("diff-protobuf-wire.txt", result.out());
  }

  @Test
  void resolvesReferencesToLocalFiles() {
    Cli.Result result = cli.run("diff", "customer.avsc", "customer-v2.avsc", "--reference", "com.acme.Address=address.avsc");

    assertThat(result.exitCode()).isEqualTo(1);
    Golden.assertMatches("diff-with-reference.txt", result.out());

    Cli.Result unresolved = cli.run("diff", "customer.avsc", "customer-v2.avsc");
    assertThat(unresolved.exitCode()).isEqualTo(2);
    assertThat(unresolved.err()).startsWith("treaty: ").contains("com.acme.Address");
  }

  @Test
  void aChangeOfFormatBreaks() {
    Cli.Result result = cli.run("diff", "order-v1.json", "user-v1.avsc");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEqualTo("""
        BREAKING  SCHEMA_TYPE_CHANGED at / [backward breaking]
                  The schema type changed from JSON to AVRO.
                  How to make it safe: Keep the subject's format; register the schema in the new format under a new \
        subject (or topic) and move consumers over.
        order-v1.json -> user-v1.avsc: incompatible under BACKWARD (1 breaking change, 0 safe changes)
        """);
  }

  @Test
  void printsJson() {
    Cli.Result result = cli.run("diff", "-o", "json", "user-v1.avsc", "user-v2-required-email.avsc");

    assertThat(result.exitCode()).isEqualTo(1);
    Golden.assertMatches("diff-required-field.json", result.out());
  }

  @Test
  void printsGithubAnnotations() {
    Cli.Result result = cli.run("diff", "--output", "github", "user-v1.avsc", "user-v2-required-email.avsc");

    assertThat(result.exitCode()).isEqualTo(1);
    Golden.assertMatches("diff-required-field.github.txt", result.out());
  }

  @Test
  void anInvalidSchemaIsAnInputErrorOnOneLine() {
    Cli.Result result = cli.run("diff", "user-v1.avsc", "broken.avsc");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("treaty: Malformed JSON at line 6, column 3: ").endsWith("\n");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void aMissingFileIsAnInputError() {
    Cli.Result result = cli.run("diff", "user-v1.avsc", "nowhere.avsc");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("treaty: No such file: nowhere.avsc\n");
  }

  @Test
  void anUnknownExtensionNeedsAType() {
    assertThat(cli.run("diff", "user-v1.avsc", "user-v1.txt").err()).isEqualTo(
        "treaty: Cannot tell the schema type of user-v1.txt from its extension (.avsc, .proto, .json); use --type\n");

    assertThat(cli.run("diff", "--type", "avro", "user-v1.avsc", "user-v1.txt").exitCode()).isZero();
  }

  @Test
  void anUnknownLevelIsAUsageError() {
    Cli.Result result = cli.run("diff", "--level", "SIDEWAYS", "user-v1.avsc", "user-v1.avsc");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("treaty: Invalid value for option '--level'").contains("(see 'treaty diff --help')");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void verboseAddsTheStackTrace() {
    Cli.Result result = cli.run("diff", "--verbose", "user-v1.avsc", "broken.avsc");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().count()).isGreaterThan(3);
    assertThat(result.err()).contains("InvalidSchemaException");
  }
}
