package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unreachable registry checked nothing, so it is an error whatever {@code failOnIncompatible}
 * says; only {@code failOnUnreachable=false} lets the build go on.
 */
class UnreachableRegistryTest {

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();

  /** A local address nothing listens on. */
  private static String nowhere() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }

  private RegisterMojo register() throws IOException {
    RegisterMojo goal = Goals.subjects(new RegisterMojo(), nowhere(),
        Map.of("users-value", Goals.write(dir, "user.avsc", Goals.USER_V1)), log);
    goal.failOnIncompatible = false;
    return goal;
  }

  @Test
  void failOnIncompatibleFalseDoesNotTurnAnUnreachableRegistryIntoAWarning() throws IOException {
    RegisterMojo goal = register();

    assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("register: the registry could not be reached for 1 of 1 subject(s): users-value");
  }

  @Test
  void failOnUnreachableFalseWarnsAndGoesOn() throws Exception {
    RegisterMojo goal = register();
    goal.failOnUnreachable = false;

    goal.execute();
    assertThat(log.text()).contains("[WARNING] register: the registry could not be reached for 1 of 1 subject(s): "
        + "users-value (failOnUnreachable is false, so the build goes on)");
  }

  @Test
  void testCompatibilityAgainstAnUnreachableRegistryIsAnError() throws IOException {
    TestCompatibilityMojo goal = Goals.subjects(new TestCompatibilityMojo(), nowhere(),
        Map.of("users-value", Goals.write(dir, "user.avsc", Goals.USER_V1)), log);
    goal.failOnIncompatible = false;

    assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("test-compatibility: the registry could not be reached");
  }
}
