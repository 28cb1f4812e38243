package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.testing.SampleBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** {@code check-local} in a real offline build with no registry anywhere. */
class CheckLocalIT {

  private final SampleBuild sample = SampleBuild.of("check-local", Map.of());

  @Test
  void compatibleChangesPassAgainstTheEarlierFilesOffline() {
    SampleBuild.Result build = sample.run("verify");

    assertThat(build.succeeded()).as(build.log()).isTrue();
    assertThat(build.offline()).isTrue();
    assertThat(build.log())
        .containsPattern("user is BACKWARD compatible with .*previous/user.avsc")
        .contains("orders is BACKWARD_TRANSITIVE compatible with 2 earlier versions");
  }

  @Test
  void incompatibleChangesFailTogetherNamingRulePathAndField() {
    SampleBuild.Result build = sample.run("verify", "-Dschemas.dir=${project.basedir}/incompatible");

    assertThat(build.succeeded()).as(build.log()).isFalse();
    assertThat(build.log())
        .containsPattern("\\[ERROR\\] orders \\(order.json\\) is not BACKWARD_TRANSITIVE compatible with 2 earlier")
        .containsPattern("\\[ERROR\\]   - [A-Z_]+ at /properties/id.* version 1\\.")
        .containsPattern("\\[ERROR\\]   - [A-Z_]+ at /properties/id.* version 2\\.")
        .containsPattern("\\[ERROR\\] user \\(user.avsc\\) is not BACKWARD compatible with .*previous/user.avsc")
        .containsPattern("\\[ERROR\\]   - [A-Z_]+ at /fields/2: .*loyaltyTier")
        .contains("check-local: 2 of 2 subject(s) failed: orders, user");
  }

  @Test
  void theSchemasOfTheEarlierReleaseJarAreTheBaseline() throws IOException {
    releaseInLocalRepository("check-local-release", "1.0", "schemas/user.avsc",
        Files.readString(Path.of(System.getProperty("treaty.it.samples"), "check-local/previous/user.avsc")));

    SampleBuild.Result build = SampleBuild.of("check-local-release", Map.of()).run("verify");

    assertThat(build.succeeded()).as(build.log()).isFalse();
    assertThat(build.log())
        .contains("test-local-compatibility (default) @ check-local-release")
        .contains("[ERROR] user (user.avsc) is not BACKWARD compatible with check-local-release-1.0.jar!/schemas/user.avsc:")
        .containsPattern("\\[ERROR\\]   - [A-Z_]+ at /fields/2: .*loyaltyTier");
  }

  /** What installing release 1.0 of a project would have left in the local repository. */
  private static void releaseInLocalRepository(String artifactId, String version, String entry, String text)
      throws IOException {
    Path folder = Path.of(System.getProperty("treaty.it.repository"), "dev/treaty/samples", artifactId, version);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(artifactId + "-" + version + ".pom"), "<project><modelVersion>4.0.0</modelVersion>"
        + "<groupId>dev.treaty.samples</groupId><artifactId>" + artifactId + "</artifactId><version>" + version
        + "</version></project>");
    try (ZipOutputStream jar = new ZipOutputStream(Files.newOutputStream(folder.resolve(artifactId + "-" + version + ".jar")))) {
      jar.putNextEntry(new ZipEntry(entry));
      jar.write(text.getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
    }
  }
}
