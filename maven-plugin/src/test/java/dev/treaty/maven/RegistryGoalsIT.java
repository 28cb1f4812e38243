package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.testing.RunningRegistry;
import dev.treaty.registry.testing.SampleBuild;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three releases of a sample project against one real registry: v1 registers, v2 adds a field with
 * a default (compatible), v3 removes that default, which only the oldest version cannot live with.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryGoalsIT {

  private static RunningRegistry registry;
  private static SampleBuild sample;

  @BeforeAll
  static void startRegistry() {
    registry = RunningRegistry.start();
    sample = SampleBuild.of("registry-goals", Map.of("registry.url", registry.url()));
  }

  @AfterAll
  static void stopRegistry() {
    registry.close();
  }

  @Test
  @Order(1)
  void firstReleaseSetsTheLevelAndRegistersReferencedSubjectsFirst() throws Exception {
    SampleBuild.Result build = sample.run("verify", "-Dschemas.version=v1");

    assertThat(build.succeeded()).as(build.log()).isTrue();
    assertThat(build.log())
        .contains("Set the level of subject users-value to BACKWARD_TRANSITIVE")
        .contains("Subject users-value has no versions yet, so any schema is compatible")
        .contains("Registered subject(address-value) with id 1 version 1")
        .contains("Registered subject(users-value) with id 2 version 1");
    assertThat(build.log().indexOf("subject(address-value)")).isLessThan(build.log().indexOf("subject(users-value)"));
    assertThat(Files.readString(build.directory().resolve("target/downloaded/users-value.avsc")))
        .contains("\"name\":\"address\",\"type\":\"Address\"");
    assertThat(build.directory().resolve("target/downloaded/address-value.avsc")).exists();
    assertThat(build.log()).contains("Generated Avro classes from 2 schema file(s)");
    assertThat(Files.readString(build.directory().resolve("target/generated-sources/treaty/dev/treaty/sample/User.java")))
        .contains("private dev.treaty.sample.Address address;");
  }

  @Test
  @Order(2)
  void compatibleChangePassesAndBecomesTheNextVersion() {
    SampleBuild.Result build = sample.run("verify", "-Dschemas.version=v2");

    assertThat(build.succeeded()).as(build.log()).isTrue();
    assertThat(build.log())
        .contains("Schema of users-value is BACKWARD_TRANSITIVE compatible")
        .contains("Registered subject(address-value) with id 1 version 1")
        .contains("Registered subject(users-value) with id 3 version 2");
  }

  @Test
  @Order(3)
  void changeThatBreaksAnOlderVersionFailsNamingTheFieldAndTheVersion() {
    SampleBuild.Result build = sample.run("verify", "-Dschemas.version=v3");

    assertThat(build.succeeded()).as(build.log()).isFalse();
    assertThat(build.log())
        .contains("[ERROR] users-value (user.avsc) is not BACKWARD_TRANSITIVE compatible:")
        .containsPattern("\\[ERROR\\]   - [A-Z_]+ at /fields/2: Field `email` was added without a default: this breaks"
            + " consumers on the new schema reading data written with version 1\\. How to make it safe: ")
        .contains("test-compatibility: 1 of 2 subject(s) failed: users-value")
        .doesNotContain("Registered subject(users-value)");
  }

  @Test
  @Order(4)
  void failOnIncompatibleFalseTurnsTheFailuresIntoWarnings() {
    SampleBuild.Result build = sample.run("verify", "-Dschemas.version=v3", "-Dtreaty.failOnIncompatible=false");

    assertThat(build.succeeded()).as(build.log()).isTrue();
    assertThat(build.log())
        .contains("[WARNING] users-value (user.avsc) is not BACKWARD_TRANSITIVE compatible:")
        .contains("[WARNING] users-value was refused as incompatible:")
        .contains("(failOnIncompatible is false, so the build goes on)");
  }
}
