package dev.treaty.registry.security;

import io.javalin.config.JavalinConfig;
import io.javalin.plugin.bundled.CorsPlugin;
import java.util.List;

/** The transport side of security: HTTPS instead of HTTP, and CORS for the listed origins. */
public final class Transport {

  private Transport() {}

  public static void configure(JavalinConfig config, SecurityConfig security, String host, int port) {
    if (security.tls() != null) {
      config.jetty.addConnector((server, http) -> TlsConnector.create(server, http, security.tls(), host, port));
    }
    List<String> origins = security.corsOrigins();
    if (!origins.isEmpty()) {
      config.registerPlugin(new CorsPlugin(cors -> cors.addRule(rule -> {
        rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
        rule.allowCredentials = true;
      })));
    }
  }
}
