package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.security.SecurityConfig;
import dev.treaty.registry.testing.RunningRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code treaty user add --file} writes the users file a secured server imports; {@code treaty user}
 * and {@code treaty token} manage users and tokens through the API.
 */
class SecurityCommandsTest {

  private static final String PASSWORD = "a long enough password";

  @TempDir Path dir;

  @Test
  void aUserAddedByTheCliCanLogInAndHandOutTokens() throws Exception {
    Cli offline = new Cli(dir).env("TREATY_USER_PASSWORD", PASSWORD);
    assertThat(offline.run("user", "add", "alice", "--role", "admin", "--file", "users").exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("users"))).startsWith("alice:$2").doesNotContain(PASSWORD);

    SecurityConfig security = SecurityConfig.from(Map.of("auth.enabled", "true",
        "auth.users.file", dir.resolve("users").toString()), dir);
    ServerConfig config = ServerConfig.defaults().withDataDir(dir.resolve("data")).withSecurity(security);
    try (RunningRegistry server = RunningRegistry.start(config)) {
      Cli cli = new Cli(dir).env("TREATY_REGISTRY_URL", server.url());
      assertThat(cli.run("subjects").exitCode()).as("no credentials").isNotZero();
      assertThat(cli.run("--user", "alice:wrong password", "subjects").exitCode()).isNotZero();
      assertThat(cli.run("--user", "alice:" + PASSWORD, "subjects").exitCode()).isZero();

      Cli.Result created = cli.run("--user", "alice:" + PASSWORD, "token", "create", "ci", "--role", "reader");
      assertThat(created.exitCode()).isZero();
      String token = created.out().strip();
      assertThat(token).startsWith("trty_");
      assertThat(cli.run("--token", token, "subjects").exitCode()).isZero();
      Cli.Result listed = cli.run("--user", "alice:" + PASSWORD, "token", "list");
      assertThat(listed.out()).contains("ci  reader").doesNotContain(token);
      assertThat(cli.run("--user", "alice:" + PASSWORD, "token", "revoke", "ci").exitCode()).isZero();
      Cli.Result refused = cli.run("--token", token, "subjects");
      assertThat(refused.exitCode()).isNotZero();
      assertThat(refused.err()).doesNotContain(token);
    }
  }

  @Test
  void usersAreAddedChangedAndRemovedThroughTheApi() throws Exception {
    Cli offline = new Cli(dir).env("TREATY_USER_PASSWORD", PASSWORD);
    assertThat(offline.run("user", "add", "alice", "--role", "admin", "--file", "users").exitCode()).isZero();
    SecurityConfig security = SecurityConfig.from(Map.of("auth.enabled", "true",
        "auth.users.file", dir.resolve("users").toString()), dir);
    ServerConfig config = ServerConfig.defaults().withDataDir(dir.resolve("data")).withSecurity(security);
    try (RunningRegistry server = RunningRegistry.start(config)) {
      String url = server.url();
      Cli admin = new Cli(dir).env("TREATY_REGISTRY_URL", url).env("TREATY_USER_PASSWORD", "bobs first password");
      assertThat(admin.run("--user", "alice:" + PASSWORD, "user", "add", "bob", "--role", "writer:team-b.*").exitCode())
          .isZero();
      assertThat(admin.run("--user", "alice:" + PASSWORD, "user", "list").out())
          .isEqualTo("alice  admin\nbob  writer:team-b.*\n");
      Cli bob = new Cli(dir).env("TREATY_REGISTRY_URL", url).env("TREATY_USER_PASSWORD", "bobs new password");
      assertThat(bob.run("--user", "bob:bobs first password", "user", "passwd", "bob").exitCode()).isZero();
      assertThat(bob.run("--user", "bob:bobs first password", "subjects").exitCode()).isNotZero();
      assertThat(bob.run("--user", "bob:bobs new password", "user", "list").exitCode()).as("not an admin").isNotZero();
      assertThat(admin.run("--user", "alice:" + PASSWORD, "user", "roles", "bob", "--role", "reader").exitCode()).isZero();
      assertThat(admin.run("--user", "alice:" + PASSWORD, "--output", "json", "user", "list").out())
          .contains("\"reader\"").doesNotContain("password").doesNotContain("writer");
      assertThat(admin.run("--user", "alice:" + PASSWORD, "user", "remove", "bob").exitCode()).isZero();
      assertThat(bob.run("--user", "bob:bobs new password", "subjects").exitCode()).isNotZero();
    }
  }

  @Test
  void aShortPasswordIsRefused() {
    Cli.Result result = new Cli(dir).env("TREATY_USER_PASSWORD", "short").run("user", "add", "bob", "--role", "reader");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(result.err()).contains("8 characters");
  }
}
