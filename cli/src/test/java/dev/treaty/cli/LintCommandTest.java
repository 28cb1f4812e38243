package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code treaty lint}: offline, exit 1 on ERROR findings, 2 on bad input, three output formats. */
class LintCommandTest {

  @TempDir
  Path dir;

  private Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(Workspace.withSchemas(dir)).env("TREATY_REGISTRY_URL", "http://127.0.0.1:9");
  }

  @Test
  void aCleanEventExitsZero() {
    Cli.Result result = cli.run("lint", "event-ok.avsc");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).endsWith("1 file linted with event: 0 errors, 0 warnings\n");
  }

  @Test
  void anEventWithoutCorrelationIdFailsNamingTheRuleAndTheFix() {
    Cli.Result result = cli.run("lint", "event-no-correlation.avsc");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("event-no-correlation.avsc#: ERROR   ENVELOPE_CORRELATION_ID OrderPlaced has no correlation id")
        .contains("fix: Add a field correlationId")
        .contains("event-no-correlation.avsc#/fields/4: WARNING FIELD_NAME_CASE")
        .endsWith("1 file linted with event: 1 error, 1 warning\n");
  }

  @Test
  void protobufFindingsCarryFileLineAndColumn() throws Exception {
    Cli.Result result = cli.run("lint", "OrderEvents.proto", "--rules", "protobuf-standard", "-o", "json");

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode answer = new ObjectMapper().readTree(result.out());
    assertThat(answer.path("file").asText()).isEqualTo("OrderEvents.proto");
    assertThat(answer.path("findings").toString())
        .contains("{\"ruleId\":\"FIELD_LOWER_SNAKE_CASE\",\"severity\":\"ERROR\",\"path\":\"/messages/OrderPlaced/fields/orderId\","
            + "\"location\":\"OrderEvents.proto:12:10\"")
        .contains("\"ruleId\":\"FILE_LOWER_SNAKE_CASE\"");
  }

  @Test
  void severalFilesGiveAJsonArrayAndGithubAnnotations() throws Exception {
    Cli.Result json = cli.run("lint", "event-ok.avsc", "OrderEvents.proto", "-o", "json");
    assertThat(new ObjectMapper().readTree(json.out()).isArray()).isTrue();

    Cli.Result github = cli.run("lint", "OrderEvents.proto", "-o", "github");
    assertThat(github.out()).contains("::error file=OrderEvents.proto,line=7,col=9,title=ENVELOPE_CORRELATION_ID::");
    assertThat(github.out()).contains("::warning file=OrderEvents.proto,line=12,col=10,title=FIELD_NAME_CASE::");
  }

  @Test
  void aRuleSetFileExtendsABuiltInSet() {
    Cli.Result result = cli.run("lint", "event-no-correlation.avsc", "--rules", "team-rules.json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("WARNING ENVELOPE_CORRELATION_ID").doesNotContain("FIELD_NAME_CASE");
  }

  @Test
  void badInputExitsTwo() {
    assertThat(cli.run("lint", "broken.avsc").exitCode()).isEqualTo(2);
    assertThat(cli.run("lint", "missing.avsc").exitCode()).isEqualTo(2);
    assertThat(cli.run("lint", "event-ok.avsc", "--rules", "strict").exitCode()).isEqualTo(2);
    assertThat(cli.run("lint", "event-ok.avsc", "--rules", "user-v1.avsc").exitCode()).isEqualTo(2);
  }
}
