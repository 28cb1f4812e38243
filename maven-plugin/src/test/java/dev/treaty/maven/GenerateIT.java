package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.testing.SampleBuild;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code generate} in a real build whose own tests round-trip one record of each format. */
class GenerateIT {

  @Test
  void generatedClassesCompileAndRoundTripThroughEachEncoding() {
    SampleBuild.Result build = SampleBuild.of("generate", Map.of()).run("test");

    assertThat(build.succeeded()).as(build.log()).isTrue();
    assertThat(build.log())
        .contains("Generated Avro classes from 1 schema file(s)")
        .contains("Generated Protobuf classes from 1 schema file(s) with protoc-")
        .contains("Generated JSON Schema classes from 1 schema file(s) in package sample.json")
        .contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0");
    assertThat(build.directory().resolve("target/generated-sources/treaty/sample/avro/User.java")).exists();
    assertThat(build.directory().resolve("target/generated-sources/treaty/sample/proto/Order.java")).exists();
    assertThat(build.directory().resolve("target/generated-sources/treaty/sample/json/Invoice.java")).exists();
  }
}
