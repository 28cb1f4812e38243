package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route of the server against every kind of caller. The expectations restate the issue
 * (reader: all GETs; writer: register, look up, check; admin: config, mode, deletes, tokens),
 * independently of {@link AccessRules}; a route added without a rule fails here.
 */
class RoleMatrixTest {

  private static SecuredRegistry registry;

  @BeforeAll
  static void start() {
    registry = SecuredRegistry.start(Map.of());
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  /** What a route needs, as the issue words it. */
  private static Role needed(String method, String path) {
    if (path.startsWith("/treaty/v1/tokens")) {
      return Role.ADMIN;
    }
    if (method.equals("GET") || path.equals("/") || path.equals("/treaty/v1/samples")) {
      return Role.READER;
    }
    boolean registers = method.equals("POST") && (path.startsWith("/subjects/") || path.startsWith("/compatibility/"));
    return registers || publishesOrDeploys(method, path) ? Role.WRITER : Role.ADMIN;
  }

  /** Publishing a contract or recording a deployment: a writer's job, not tied to a subject in the path. */
  private static boolean publishesOrDeploys(String method, String path) {
    return !method.equals("GET")
        && (path.endsWith("/contract") || path.contains("/deployments") || path.equals("/treaty/v1/verifications"));
  }

  private static boolean isPublic(String route) {
    return route.startsWith("GET /health/");
  }

  /** Routes whose answer shows several subjects at once, so a prefix-limited grant is not enough. */
  private static boolean spansSubjects(String method, String path) {
    return !path.contains("{subject}") && !publishesOrDeploys(method, path) && !path.equals("/subjects") && !path.startsWith("/schemas/ids/{id}/schema")
        && !path.equals("/schemas/ids/{id}") && !path.startsWith("/ui") && !path.equals("/")
        && !path.startsWith("/v1/metadata") && !path.equals("/contexts") && !path.equals("/schemas/types")
        && !path.equals("/openapi.json") && !path.equals("/treaty/v1/whoami");
  }

  @Test
  void everyRouteHasAnAccessRule() {
    List<String> missing = registry.routes().stream()
        .filter(route -> !route.startsWith("OPTIONS ") && !route.startsWith("HEAD "))
        .filter(route -> AccessRules.of(route.substring(0, route.indexOf(' ')), route.substring(route.indexOf(' ') + 1)).isEmpty())
        .toList();
    assertThat(missing).as("routes without a rule in AccessRules").isEmpty();
  }

  @Test
  void eachRoleReachesExactlyTheRoutesTheIssueGivesIt() {
    List<String> wrong = new ArrayList<>();
    for (String route : registry.routes()) {
      String method = route.substring(0, route.indexOf(' '));
      String template = route.substring(route.indexOf(' ') + 1);
      if (method.equals("OPTIONS") || method.equals("HEAD")) {
        continue;
      }
      Role needed = needed(method, template);
      check(wrong, route, null, "payments.orders", isPublic(route) ? 200 : 401);
      for (Role role : Role.values()) {
        boolean allowed = isPublic(route) || role.includes(needed);
        check(wrong, route, role.label(), "payments.orders", allowed ? 200 : 403);
      }
      boolean paymentsAllowed = isPublic(route) || (Role.WRITER.includes(needed) && !spansSubjects(method, template));
      check(wrong, route, "payments", "payments.orders", paymentsAllowed ? 200 : 403);
      if (template.contains("{subject}")) {
        check(wrong, route, "payments", "other.orders", isPublic(route) ? 200 : 403);
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Records a mismatch; 200 stands for "let through", whatever the route then answers. */
  private static void check(List<String> wrong, String route, String user, String subject, int expected) {
    String method = route.substring(0, route.indexOf(' '));
    String path = route.substring(route.indexOf(' ') + 1)
        .replace("{subject}", subject).replace("{version}", "1").replace("{id}", "1").replace("{file}", "app.js")
        .replace("{name}", "no-such-token").replace("{application}", "shop").replace("{environment}", "prod");
    String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
    Http.Answer answer = registry.send(user == null ? null : SecuredRegistry.basic(user), method, path, body);
    int seen = answer.status() == 401 || answer.status() == 403 ? answer.status() : 200;
    if (seen != expected) {
      wrong.add(route + " as " + (user == null ? "anonymous" : user) + " on " + subject + ": expected " + expected
          + ", got " + answer.status() + " " + answer.text());
    }
  }
}
