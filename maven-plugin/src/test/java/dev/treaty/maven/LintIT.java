package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.testing.SampleBuild;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code treaty:lint} in a real offline build: ERROR findings fail validate with file, line and rule. */
class LintIT {

  private final SampleBuild sample = SampleBuild.of("lint", Map.of());

  @Test
  void anEventWithoutCorrelationIdFailsTheBuildNamingFileAndRule() {
    SampleBuild.Result build = sample.run("validate");

    assertThat(build.succeeded()).as(build.log()).isFalse();
    assertThat(build.offline()).isTrue();
    assertThat(build.log())
        .contains("[ERROR] src/main/schemas/order-placed.avsc#: ENVELOPE_CORRELATION_ID OrderPlaced has no correlation id")
        .contains("[WARNING] src/main/schemas/order-placed.avsc#/fields/4: FIELD_NAME_CASE")
        .containsPattern("\\[WARNING\\] src/main/schemas/shipment.proto:1[0-9]:\\d+: FIELD_DOCUMENTED")
        .contains("lint: 2 file(s) with event: 1 error(s)");
  }

  @Test
  void eventsWithTheirMetadataPass() {
    SampleBuild.Result build = sample.run("validate", "-Dschemas.dir=${project.basedir}/clean");

    assertThat(build.succeeded()).as(build.log()).isTrue();
    assertThat(build.log()).contains("lint: 2 file(s) with event: 0 error(s)");
  }
}
