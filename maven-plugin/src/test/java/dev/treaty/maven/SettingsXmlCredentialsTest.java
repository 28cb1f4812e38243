package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.client.Credentials;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.security.Grant;
import dev.treaty.registry.security.SecurityConfig;
import dev.treaty.registry.security.UserFile;
import dev.treaty.registry.testing.RunningRegistry;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serverId} takes the registry's credentials from a {@code <server>} of settings.xml. */
class SettingsXmlCredentialsTest {

  private static final String PASSWORD = "ci password for the registry";

  @TempDir Path dir;

  private static Settings settings(String id, String user, String password) {
    Server server = new Server();
    server.setId(id);
    server.setUsername(user);
    server.setPassword(password);
    Settings settings = new Settings();
    settings.addServer(server);
    return settings;
  }

  @Test
  void registersWithTheUserAndPasswordOfTheNamedServer() throws Exception {
    UserFile.put(dir.resolve("users"), "ci", PASSWORD, List.of(Grant.parse("writer")));
    SecurityConfig security = SecurityConfig.from(
        Map.of("auth.enabled", "true", "auth.users.file", dir.resolve("users").toString()), dir);
    ServerConfig config = ServerConfig.defaults().withDataDir(dir.resolve("data")).withSecurity(security);
    try (RunningRegistry server = RunningRegistry.start(config)) {
      String url = server.url();
      Map<String, File> subjects = Map.of("users-value", Goals.write(dir, "user.avsc", Goals.USER_V1));

      RegisterMojo anonymous = Goals.subjects(new RegisterMojo(), url, subjects, new RecordingLog());
      assertThatThrownBy(anonymous::execute).hasMessageContaining("users-value");

      RecordingLog log = new RecordingLog();
      RegisterMojo goal = Goals.subjects(new RegisterMojo(), url, subjects, log);
      goal.serverId = "treaty-registry";
      goal.mavenSettings = settings("treaty-registry", "ci", PASSWORD);
      goal.execute();
      assertThat(log.text()).contains("Registered subject(users-value)").doesNotContain(PASSWORD);
    }
  }

  @Test
  void aServerWithOnlyAPasswordGivesABearerToken() {
    assertThat(SettingsServerCredentials.find(settings("r", null, "trty_abc"), null, "r"))
        .hasValueSatisfying(credentials -> assertThat(credentials).isEqualTo(Credentials.bearer("trty_abc")));
  }

  @Test
  void anUnknownServerIdFailsTheGoalByName() {
    RegisterMojo goal = Goals.subjects(new RegisterMojo(), "http://127.0.0.1:9", Map.of(), new RecordingLog());
    goal.serverId = "missing";
    goal.mavenSettings = settings("other", "u", "p");
    assertThatThrownBy(goal::client).isInstanceOf(MojoExecutionException.class).hasMessageContaining("missing");
  }
}
