package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route of the server (as the route table registered them) against five principals: an
 * admin, a reader, a reader and a writer limited to {@code team-b.*}, and a JWT principal that
 * writes everywhere; on a name inside {@code team-b.*} and one outside. The expectations restate
 * the access design here, independently of the rules declared in the route table, so a route whose
 * rule is missing or wrong fails.
 */
class RoleMatrixTest {

  private static final TestJwts JWTS = new TestJwts();
  private static SecuredRegistry registry;

  /** A principal: its credentials and what its grants are, restated. */
  private record Caller(String label, String authorization, Role role, String prefix) {
    boolean holds(Role needed, String name) {
      return role.compareTo(needed) >= 0 && (prefix.isEmpty() || (name != null && name.startsWith(prefix)));
    }
  }

  private static List<Caller> callers() {
    return List.of(
        new Caller("admin", SecuredRegistry.basic("admin"), Role.ADMIN, ""),
        new Caller("reader", SecuredRegistry.basic("reader"), Role.READER, ""),
        new Caller("team reader", SecuredRegistry.basic("dave"), Role.READER, "team-b."),
        new Caller("team writer", SecuredRegistry.basic("bob"), Role.WRITER, "team-b."),
        new Caller("jwt writer", JWTS.bearer("ci-42", "Pipeline", List.of("writer")), Role.WRITER, ""));
  }

  /** Routes that answer only about the names the caller may read, or refuse others in the handler. */
  private static final Set<String> FILTERED = Set.of(
      "GET /", "POST /", "GET /v1/metadata/id", "GET /v1/metadata/version", "GET /v1/metadata/deployment",
      "GET /contexts", "GET /schemas", "GET /schemas/types", "GET /schemas/ids/{id}", "GET /schemas/ids/{id}/schema",
      "GET /schemas/ids/{id}/subjects", "GET /schemas/ids/{id}/versions", "GET /schemas/guids/{guid}",
      "GET /schemas/guids/{guid}/ids", "GET /subjects", "GET /openapi.json",
      "GET /ui", "GET /ui/{file}", "GET /treaty/v1/whoami", "POST /treaty/v1/environments/{environment}/deployments",
      "POST /treaty/v1/lint", "GET /treaty/v1/lint-rules", "GET /treaty/v1/lint-rules/{name}",
      "POST /treaty/v1/verifications");

  @BeforeAll
  static void start() {
    registry = SecuredRegistry.start(JWTS.settings());
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  /** Whether the caller may use the route on the name (a subject or application), as the design says. */
  private static boolean allowed(String method, String path, Caller caller, String name) {
    String route = method + " " + path;
    if (path.startsWith("/treaty/v1/webhooks")) {
      return caller.holds(Role.ADMIN, null);
    }
    if (path.startsWith("/treaty/v1/tokens") || path.startsWith("/treaty/v1/users")) {
      return caller.holds(Role.ADMIN, null) || (path.endsWith("/password") && caller.label().equals(name));
    }
    Role needed;
    // a posted schema may refer to any subject: generating samples from it reads
    // a recorded can-i-deploy shows what the read shows; the handler also wants a writer of the application in the body
    if (method.equals("GET") || route.equals("POST /") || isLint(method, path) || route.equals("POST /treaty/v1/samples")
        || route.equals("POST /treaty/v1/can-i-deploy")) {
      needed = Role.READER;
    } else if (method.equals("POST") && (path.startsWith("/subjects/") || path.startsWith("/compatibility/"))
        || path.endsWith("/contract") || path.contains("/deployments") || path.equals("/treaty/v1/verifications")
        || route.equals("PUT /treaty/v1/applications/{application}")) {
      needed = Role.WRITER;
    } else {
      needed = Role.ADMIN;
    }
    if (FILTERED.contains(route)) {
      return caller.role().compareTo(needed) >= 0;
    }
    // contracts name subjects of several teams: reading them needs read access everywhere
    // an AsyncAPI document shows one application (and only readable subjects): read on its name
    boolean named = path.contains("{subject}") || (path.contains("{application}") && !method.equals("GET"))
        || path.endsWith("/asyncapi");
    return caller.holds(needed, named ? name : null);
  }

  /** Linting a schema without storing it reads, like a compatibility check that stores nothing. */
  private static boolean isLint(String method, String path) {
    return method.equals("POST") && path.endsWith("/lint");
  }

  @Test
  void eachPrincipalReachesExactlyTheRoutesItsGrantsGiveIt() {
    List<String> routes = registry.routes().stream()
        .filter(route -> !route.startsWith("OPTIONS ") && !route.startsWith("HEAD ")).toList();
    assertThat(routes).hasSizeGreaterThan(70);
    List<String> wrong = new ArrayList<>();
    for (String route : routes) {
      String method = route.substring(0, route.indexOf(' '));
      String path = route.substring(route.indexOf(' ') + 1);
      boolean isPublic = path.startsWith("/health/");
      check(wrong, route, "anonymous", null, "team-b.orders", isPublic ? 200 : 401);
      for (Caller caller : callers()) {
        for (String name : List.of("team-b.orders", "team-a.orders")) {
          boolean ok = isPublic || allowed(method, path, caller, name);
          check(wrong, route, caller.label(), caller.authorization(), name, ok ? 200 : 403);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Records a mismatch; 200 stands for "let through", whatever the route then answers. */
  private static void check(List<String> wrong, String route, String label, String authorization, String name, int expected) {
    String method = route.substring(0, route.indexOf(' '));
    Map<String, String> params = new HashMap<>(Map.of("{subject}", name, "{application}", name, "{version}", "1",
        "{id}", "1", "{delivery}", "1", "{file}", "app.js", "{name}", "no-such-name", "{environment}", "prod",
        "{guid}", "00000000-0000-3000-8000-000000000000", "{context}", ".no-such-context"));
    String path = route.substring(route.indexOf(' ') + 1);
    for (Map.Entry<String, String> param : params.entrySet()) {
      path = path.replace(param.getKey(), param.getValue());
    }
    String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
    Http.Answer answer = registry.send(authorization, method, path, body);
    int seen = answer.status() == 401 || answer.status() == 403 ? answer.status() : 200;
    if (seen != expected || answer.text().contains("No access rule")) {
      wrong.add(route + " as " + label + " on " + name + ": expected " + expected + ", got " + answer.status() + " "
          + answer.text());
    }
  }
}
