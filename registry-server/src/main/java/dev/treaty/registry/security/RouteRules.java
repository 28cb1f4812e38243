package dev.treaty.registry.security;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The access rule of every route, keyed {@code "METHOD /path/{param}"} as the route table declares
 * them. The route table fills it as it declares each route; the guard refuses a route it does not
 * know. Written while the server is configured, read-only afterwards.
 */
public final class RouteRules {

  private final Map<String, AccessRule> rules = new TreeMap<>();

  /** @throws IllegalStateException when the route has a rule already */
  public void put(String method, String path, AccessRule rule) {
    if (rules.putIfAbsent(method + " " + path, rule) != null) {
      throw new IllegalStateException("Two rules for " + method + " " + path);
    }
  }

  public Optional<AccessRule> of(String method, String path) {
    return Optional.ofNullable(rules.get(method + " " + path));
  }

  /** Every route with its rule, for the role matrix. */
  public Map<String, AccessRule> all() {
    return Map.copyOf(rules);
  }
}
