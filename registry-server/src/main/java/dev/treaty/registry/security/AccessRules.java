package dev.treaty.registry.security;

import static dev.treaty.registry.security.AccessRule.everywhere;
import static dev.treaty.registry.security.AccessRule.onSubject;
import static dev.treaty.registry.security.AccessRule.somewhere;
import static dev.treaty.registry.security.Role.ADMIN;
import static dev.treaty.registry.security.Role.READER;
import static dev.treaty.registry.security.Role.WRITER;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rule of every route, keyed {@code "METHOD /path/{param}"} as the routes are declared. A
 * route without a rule is refused, and the role matrix test fails for it.
 */
final class AccessRules {

  private static final Map<String, AccessRule> RULES = new TreeMap<>();

  static {
    public_("GET /health/live", "GET /health/ready");
    rule(somewhere(READER), "GET /", "POST /", "GET /v1/metadata/id", "GET /v1/metadata/version",
        "GET /v1/metadata/deployment", "GET /contexts", "GET /schemas/types", "GET /schemas/ids/{id}",
        "GET /schemas/ids/{id}/schema", "GET /openapi.json", "GET /ui", "GET /ui/{file}", "GET /treaty/v1/whoami",
        // filtered down to the subjects the caller may read
        "GET /subjects");
    // these list subjects without filtering, so they need read access to all of them
    rule(everywhere(READER), "GET /schemas", "GET /schemas/ids/{id}/subjects", "GET /schemas/ids/{id}/versions",
        "GET /treaty/v1/events", "GET /treaty/v1/events/recent", "GET /treaty/v1/subjects", "GET /metrics",
        "GET /config", "GET /mode");
    rule(onSubject(READER), "GET /subjects/{subject}/metadata", "GET /subjects/{subject}/versions",
        "GET /subjects/{subject}/versions/{version}", "GET /subjects/{subject}/versions/{version}/schema",
        "GET /subjects/{subject}/versions/{version}/referencedby", "GET /config/{subject}", "GET /mode/{subject}",
        "GET /treaty/v1/subjects/{subject}", "GET /treaty/v1/subjects/{subject}/diff",
        "GET /treaty/v1/subjects/{subject}/versions/{version}/samples");
    // a posted schema may refer to any subject, whose content its samples then reveal
    rule(everywhere(READER), "POST /treaty/v1/samples");
    rule(onSubject(WRITER), "POST /subjects/{subject}", "POST /subjects/{subject}/versions",
        "POST /compatibility/subjects/{subject}/versions", "POST /compatibility/subjects/{subject}/versions/{version}");
    rule(onSubject(ADMIN), "DELETE /subjects/{subject}", "DELETE /subjects/{subject}/versions/{version}",
        "PUT /config/{subject}", "DELETE /config/{subject}", "PUT /mode/{subject}", "DELETE /mode/{subject}");
    rule(everywhere(ADMIN), "PUT /config", "DELETE /config", "PUT /mode", "DELETE /mode",
        "GET /treaty/v1/tokens", "POST /treaty/v1/tokens", "DELETE /treaty/v1/tokens/{name}");
    contracts();
  }

  /** Contracts name the subjects they use, so reading them needs read access to all subjects. */
  private static void contracts() {
    rule(everywhere(READER), "GET /treaty/v1/applications", "GET /treaty/v1/applications/{application}/versions",
        "GET /treaty/v1/applications/{application}/versions/{version}/contract", "GET /treaty/v1/environments",
        "GET /treaty/v1/environments/{environment}/deployments", "GET /treaty/v1/environments/{environment}/matrix",
        "GET /treaty/v1/can-i-deploy");
    rule(onSubject(READER), "GET /treaty/v1/subjects/{subject}/contract-gate", "GET /treaty/v1/subjects/{subject}/parties");
    // publishing contracts and recording deployments is a writer's job, whatever its prefix
    rule(somewhere(WRITER), "PUT /treaty/v1/applications/{application}/versions/{version}/contract",
        "POST /treaty/v1/environments/{environment}/deployments",
        "DELETE /treaty/v1/environments/{environment}/deployments/{application}",
        "POST /treaty/v1/verifications");
    rule(everywhere(ADMIN), "PUT /treaty/v1/environments/{environment}");
    rule(onSubject(ADMIN), "PUT /treaty/v1/subjects/{subject}/contract-gate",
        "DELETE /treaty/v1/subjects/{subject}/contract-gate");
  }

  private AccessRules() {}

  static Optional<AccessRule> of(String method, String path) {
    return Optional.ofNullable(RULES.get(method + " " + path));
  }

  private static void public_(String... routes) {
    rule(AccessRule.PUBLIC, routes);
  }

  private static void rule(AccessRule rule, String... routes) {
    for (String route : routes) {
      if (RULES.put(route, rule) != null) {
        throw new IllegalStateException("Two rules for " + route);
      }
    }
  }
}
