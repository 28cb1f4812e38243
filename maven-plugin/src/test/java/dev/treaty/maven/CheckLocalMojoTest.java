package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckLocalMojoTest {

  private static final String CLOSED_V1 = """
      {"type": "object", "properties": {"id": {"type": "string"}}, "additionalProperties": false}""";
  private static final String OPEN_V2 = """
      {"type": "object", "properties": {"id": {"type": "string"}}}""";

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();

  @Test
  void aSchemaWithoutEarlierVersionPassesAndSaysSo() throws Exception {
    CheckLocalMojo goal = goal(Map.of("fresh", Goals.write(dir, "now/fresh.json", CLOSED_V1)));
    goal.previousDirectory = dir.resolve("before").toFile();

    goal.execute();

    assertThat(log.text()).isEqualTo("[INFO] fresh: no earlier version found, nothing to compare");
  }

  @Test
  void theJsonPolicyAndTheLevelComeFromTheirMaps() throws Exception {
    Goals.write(dir, "before/order.json", CLOSED_V1);
    CheckLocalMojo goal = goal(Map.of("orders", Goals.write(dir, "now/order.json", OPEN_V2)));
    goal.previousDirectory = dir.resolve("before").toFile();
    goal.compatibilityLevels = Map.of("orders", "FORWARD");

    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("orders (order.json) is not FORWARD compatible with ");

    goal.compatibilityPolicies = Map.of("orders", "lenient");
    goal.execute();
    assertThat(log.text()).containsPattern("orders is FORWARD compatible with .*order.json");
  }

  @Test
  void anUnknownLevelOrBrokenEarlierFileFailsThatSchemaOnly() {
    Goals.write(dir, "before/a.avsc", "{\"type\": ");
    Goals.write(dir, "before/b.avsc", "\"string\"");
    CheckLocalMojo goal = goal(Map.of("a", Goals.write(dir, "now/a.avsc", "\"string\""),
        "b", Goals.write(dir, "now/b.avsc", "\"string\"")));
    goal.previousDirectory = dir.resolve("before").toFile();
    goal.compatibilityLevels = Map.of("b", "SIDEWAYS");

    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("check-local: 2 of 2 subject(s) failed: a, b\na could not be checked:\n"
            + "  - The earlier schema " + dir.resolve("before/a.avsc") + " does not parse: ")
        .hasMessageContaining("b could not be checked:\n  - Invalid compatibility level: SIDEWAYS");
  }

  private CheckLocalMojo goal(Map<String, java.io.File> schemas) {
    CheckLocalMojo goal = new CheckLocalMojo();
    goal.schemas = schemas;
    goal.compatibilityLevel = "BACKWARD";
    goal.failOnIncompatible = true;
    goal.setLog(log);
    return goal;
  }
}
