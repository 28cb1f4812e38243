package dev.treaty.registry.security;

import dev.treaty.registry.Backend;
import dev.treaty.registry.Http;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.TestRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A registry with authentication on, over H2, and six users from the users file: {@code admin},
 * {@code writer}, {@code reader}, {@code payments} (a writer limited to {@code payments.*}),
 * {@code bob} (a writer limited to {@code team-b.*}) and {@code dave} (a reader limited to {@code team-b.*}).
 */
final class SecuredRegistry implements AutoCloseable {

  static final String PASSWORD = "correct horse battery staple";

  private final TestRegistry registry;
  final Path dir;

  private SecuredRegistry(TestRegistry registry, Path dir) {
    this.registry = registry;
    this.dir = dir;
  }

  static SecuredRegistry start(Map<String, String> extra) {
    return on(Backend.H2.freshDatabaseUrl(), extra);
  }

  /** A secured registry on a given database: several may share one, or follow one another on it. */
  static SecuredRegistry on(String databaseUrl, Map<String, String> extra) {
    try {
      Path dir = Files.createTempDirectory("treaty-security");
      Path users = dir.resolve("users");
      UserFile.put(users, "admin", PASSWORD, List.of(Grant.parse("admin")));
      UserFile.put(users, "writer", PASSWORD, List.of(Grant.parse("writer")));
      UserFile.put(users, "reader", PASSWORD, List.of(Grant.parse("reader")));
      UserFile.put(users, "payments", PASSWORD, List.of(Grant.parse("writer:payments.*")));
      UserFile.put(users, "bob", PASSWORD, List.of(Grant.parse("writer:team-b.*")));
      UserFile.put(users, "dave", PASSWORD, List.of(Grant.parse("reader:team-b.*")));
      Map<String, String> values = new HashMap<>(Map.of(
          "auth.enabled", "true", "auth.users.file", users.toString(), "auth.tokens.file", dir.resolve("tokens").toString()));
      values.putAll(extra);
      SecurityConfig security = SecurityConfig.from(values, dir);
      return new SecuredRegistry(
          TestRegistry.on(ServerConfig.defaults().withSecurity(security).withDatabase(databaseUrl, null, null)), dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return registry.port();
  }

  Http http() {
    return registry.http();
  }

  List<String> routes() {
    return registry.routes();
  }

  /** Sends a request with an {@code Authorization} header (none when null). */
  Http.Answer send(String authorization, String method, String path, String body) {
    HttpRequest.Builder request = http().request(path)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http().send(request.build());
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String basic(String user) {
    return basic(user, PASSWORD);
  }

  @Override
  public void close() {
    registry.close();
  }
}
