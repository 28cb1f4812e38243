package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the registry comes from, credentials, exit codes of a failing registry, usage errors. */
class GlobalOptionsTest {

  @TempDir
  Path dir;

  private HttpServer fake;
  private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
  private final AtomicReference<String> answer = new AtomicReference<>("[\"from-fake\"]");
  private int status = 200;

  @BeforeEach
  void startFake() throws IOException {
    fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    fake.createContext("/", exchange -> {
      lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    fake.start();
  }

  @AfterEach
  void stopFake() {
    fake.stop(0);
  }

  private String fakeUrl() {
    return "http://127.0.0.1:" + fake.getAddress().getPort();
  }

  @Test
  void takesTheRegistryFromTheEnvironment() {
    Cli.Result result = new Cli(dir).env("TREATY_REGISTRY_URL", fakeUrl()).run("subjects");

    assertThat(result.out()).isEqualTo("from-fake\n");
  }

  @Test
  void theFlagWinsOverTheEnvironmentBeforeOrAfterTheCommand() throws IOException {
    Cli cli = new Cli(dir).env("TREATY_REGISTRY_URL", closedPortUrl());

    assertThat(cli.run("--registry", fakeUrl(), "subjects").out()).isEqualTo("from-fake\n");
    assertThat(cli.run("subjects", "--registry", fakeUrl()).out()).isEqualTo("from-fake\n");
  }

  @Test
  void failsOverToTheNextRegistryUrl() throws IOException {
    Cli.Result result = new Cli(dir).run("subjects", "--registry", closedPortUrl() + "," + fakeUrl());

    assertThat(result.out()).isEqualTo("from-fake\n");
  }

  @Test
  void readsTheSettingsFile() throws IOException {
    Path settings = dir.resolve("cli.properties");
    Files.writeString(settings, "registry.url=" + fakeUrl() + "\nregistry.user=ann:pw\n");

    Cli.Result result = new Cli(dir).env("TREATY_CLI_CONFIG", settings.toString()).run("subjects");

    assertThat(result.out()).isEqualTo("from-fake\n");
    assertThat(lastAuthorization.get()).isEqualTo("Basic YW5uOnB3");
  }

  @Test
  void findsTheSettingsFileInTheXdgConfigFolder() throws IOException {
    Files.createDirectories(dir.resolve("treaty"));
    Files.writeString(dir.resolve("treaty/cli.properties"), "registry.url=" + fakeUrl() + "\n");

    assertThat(new Cli(dir).env("XDG_CONFIG_HOME", dir.toString()).run("subjects").out()).isEqualTo("from-fake\n");
  }

  @Test
  void aMissingSettingsFileNamedExplicitlyIsAnInputError() {
    Cli.Result result = new Cli(dir).env("TREATY_CLI_CONFIG", "/nowhere/cli.properties").run("subjects");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("treaty: The settings file /nowhere/cli.properties (TREATY_CLI_CONFIG) does not exist\n");
  }

  @Test
  void sendsABearerToken() {
    new Cli(dir).env("TREATY_REGISTRY_URL", fakeUrl()).env("TREATY_REGISTRY_TOKEN", "t0k").run("subjects");

    assertThat(lastAuthorization.get()).isEqualTo("Bearer t0k");
  }

  @Test
  void anUnreachableRegistryExitsWith3() throws IOException {
    String url = closedPortUrl();

    Cli.Result result = new Cli(dir).env("TREATY_REGISTRY_URL", url).run("subjects");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("treaty: Cannot reach the registry at " + url + " (connection refused)\n");
  }

  @Test
  void aServerErrorExitsWith3() {
    status = 500;
    answer.set("{\"error_code\":50001,\"message\":\"Error while accessing the backend store\"}");

    Cli.Result result = new Cli(dir).env("TREATY_REGISTRY_URL", fakeUrl()).run("versions", "s");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).isEqualTo("treaty: Error while accessing the backend store (HTTP 500, error 50001)\n");
  }

  @Test
  void aBadRegistryUrlIsAnInputError() {
    Cli.Result result = new Cli(dir).run("subjects", "--registry", "ftp://example");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("treaty: Bad registry URL: Not an http(s) URL: ftp://example\n");
  }

  @Test
  void usageErrorsExitWith2OnOneLine() {
    Cli cli = new Cli(dir);

    Cli.Result unknown = cli.run("frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("treaty: Unmatched argument at index 0: 'frobnicate' (see 'treaty --help')\n");

    Cli.Result missing = cli.run("get");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("treaty: Missing required parameter: 'SUBJECT' (see 'treaty get --help')\n");

    Cli.Result reference = cli.run("register", "s", "user-v1.avsc", "--reference", "a=b:c");
    assertThat(reference.exitCode()).isEqualTo(2);
    assertThat(reference.err()).isEqualTo("treaty: Invalid value for option '--reference' (NAME=SUBJECT:VERSION): "
        + "The version in 'a=b:c' is neither a number nor latest (see 'treaty register --help')\n");

    Cli.Result output = cli.run("diff", "-o", "yaml", "a.avsc", "b.avsc");
    assertThat(output.exitCode()).isEqualTo(2);
    assertThat(output.err()).isEqualTo("treaty: Unknown output 'yaml'; use text, json or github\n");
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Cli.Result help = new Cli(dir).run("--help");

    assertThat(help.exitCode()).isZero();
    Golden.assertMatches("help.txt", help.out());
  }

  @Test
  void printsItsVersion() {
    assertThat(new Cli(dir).run("--version").out()).matches("treaty \\S+\n");
  }

  private static String closedPortUrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }
}
