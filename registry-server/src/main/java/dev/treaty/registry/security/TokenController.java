package dev.treaty.registry.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.Json;
import dev.treaty.registry.service.RegistryException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /treaty/v1/tokens}: admins create, list and revoke API tokens; {@code /treaty/v1/whoami}
 * tells a caller (the web UI) who it is and what it may do.
 */
final class TokenController {

  private final ApiTokens tokens;

  TokenController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  void install(RoutesConfig routes) {
    routes.get("/treaty/v1/whoami", this::whoami);
    routes.get("/treaty/v1/tokens", this::list);
    routes.post("/treaty/v1/tokens", this::create);
    routes.delete("/treaty/v1/tokens/{name}", this::revoke);
  }

  private void whoami(Context ctx) throws IOException {
    Principal principal = SecurityGuard.principal(ctx);
    write(ctx, Map.of("name", principal.name(), "roles", principal.grants().stream().map(Grant::toString).toList()));
  }

  private void list(Context ctx) throws IOException {
    write(ctx, tokens().list().stream().map(TokenController::view).toList());
  }

  private void create(Context ctx) throws IOException {
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "The body is not JSON");
    }
    if (body == null) {
      throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "Expected a JSON object with name and roles");
    }
    String name = body.path("name").asText("");
    List<Grant> grants = new ArrayList<>();
    try {
      body.path("roles").forEach(role -> grants.add(Grant.parse(role.asText())));
      String secret = tokens().create(name, grants);
      Map<String, Object> view = view(tokens().list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow());
      view.put("token", secret);
      write(ctx, view);
    } catch (IllegalArgumentException e) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, e.getMessage());
    }
  }

  private void revoke(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    if (!tokens().revoke(name)) {
      throw new RegistryException(ErrorCode.NOT_FOUND, "No token named " + name);
    }
    write(ctx, Map.of("name", name));
  }

  private ApiTokens tokens() {
    if (tokens == null) {
      throw new RegistryException(ErrorCode.OPERATION_NOT_PERMITTED, "Authentication is off, so API tokens are not used");
    }
    return tokens;
  }

  private static Map<String, Object> view(ApiTokens.Token token) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", token.name());
    view.put("roles", token.grants().stream().map(Grant::toString).toList());
    view.put("created", token.created());
    return view;
  }

  private static void write(Context ctx, Object body) throws IOException {
    ctx.status(200).contentType("application/json").result(Json.MAPPER.writeValueAsBytes(body));
  }
}
