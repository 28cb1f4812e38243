package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code check-local} in a real offline build with no registry anywhere. */
class CheckLocalIT {

  private final SampleBuild sample = SampleBuild.of("check-local", Map.of());

  @Test
  void compatibleChangesPassAgainstTheEarlierFilesOffline() {
    SampleBuild.Result build = sample.run("verify");

    assertThat(build.succeeded()).as(build.log()).isTrue();
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
        .containsPattern("\\[ERROR\\]   - [A-Z_]+ at /properties/id.* version 1\\)")
        .containsPattern("\\[ERROR\\]   - [A-Z_]+ at /properties/id.* version 2\\)")
        .containsPattern("\\[ERROR\\] user \\(user.avsc\\) is not BACKWARD compatible with .*previous/user.avsc")
        .containsPattern("\\[ERROR\\]   - [A-Z_]+ at /fields/2 .*loyaltyTier")
        .contains("check-local: 2 of 2 subject(s) failed: orders, user");
  }
}
