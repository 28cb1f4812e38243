package dev.treaty.registry.http;

import dev.treaty.registry.security.AccessRule;
import dev.treaty.registry.security.RouteRules;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * Declares a route together with its access rule: there is no way to add a route without one,
 * so a route that forgets its rule does not compile.
 */
final class RouteTable {

  private final RoutesConfig routes;
  private final RouteRules rules;

  RouteTable(RoutesConfig routes, RouteRules rules) {
    this.routes = routes;
    this.rules = rules;
  }

  void get(String path, AccessRule rule, Handler handler) {
    rules.put("GET", path, rule);
    routes.get(path, handler);
  }

  void post(String path, AccessRule rule, Handler handler) {
    rules.put("POST", path, rule);
    routes.post(path, handler);
  }

  void put(String path, AccessRule rule, Handler handler) {
    rules.put("PUT", path, rule);
    routes.put(path, handler);
  }

  void delete(String path, AccessRule rule, Handler handler) {
    rules.put("DELETE", path, rule);
    routes.delete(path, handler);
  }
}
