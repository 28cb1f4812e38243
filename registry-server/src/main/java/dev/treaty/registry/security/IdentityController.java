package dev.treaty.registry.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.Json;
import dev.treaty.registry.service.RegistryException;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /treaty/v1/users} and {@code /treaty/v1/tokens}: admins manage users and API tokens, a
 * user changes their own password; {@code /treaty/v1/whoami} tells a caller (the web UI) who it is
 * and what it may do. Their access rules are in the route table like every other route's.
 */
public final class IdentityController {

  private final Users users;
  private final ApiTokens tokens;
  private final boolean enabled;

  IdentityController(Users users, ApiTokens tokens, boolean enabled) {
    this.users = users;
    this.tokens = tokens;
    this.enabled = enabled;
  }

  /**
   * The caller and its grants; with {@code ?subject=S}, also what those grants allow on S
   * ({@code {"name", "writer", "admin"}}), as the route rules read them, so that the web UI offers
   * only what the server would allow without reading grants itself.
   */
  public void whoami(Context ctx) throws IOException {
    Principal principal = SecurityGuard.principal(ctx);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", principal.name());
    view.put("displayName", principal.displayName());
    view.put("roles", labels(principal.grants()));
    String subject = ctx.queryParam("subject");
    if (subject != null && !subject.isEmpty()) {
      Map<String, Object> allowed = new LinkedHashMap<>();
      allowed.put("name", subject);
      allowed.put("writer", principal.may(Role.WRITER, subject));
      allowed.put("admin", principal.may(Role.ADMIN, subject));
      view.put("subject", allowed);
    }
    write(ctx, view);
  }

  public void listTokens(Context ctx) throws IOException {
    requireEnabled();
    write(ctx, tokens.list().stream().map(IdentityController::view).toList());
  }

  public void createToken(Context ctx) throws IOException {
    requireEnabled();
    JsonNode body = body(ctx);
    String name = body.path("name").asText("");
    String secret = change(() -> tokens.create(name, grants(body), SecurityGuard.principal(ctx).name()));
    Map<String, Object> view = view(tokens.list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow());
    view.put("token", secret);
    write(ctx, view);
  }

  public void revokeToken(Context ctx) throws IOException {
    requireEnabled();
    String name = ctx.pathParam("name");
    if (!tokens.revoke(name)) {
      throw new RegistryException(ErrorCode.NOT_FOUND, "No token named " + name);
    }
    write(ctx, Map.of("name", name));
  }

  public void listUsers(Context ctx) throws IOException {
    requireEnabled();
    write(ctx, users.list().stream().map(user -> userView(user.name(), user.grants())).toList());
  }

  public void addUser(Context ctx) throws IOException {
    requireEnabled();
    JsonNode body = body(ctx);
    String name = body.path("name").asText("");
    List<Grant> grants = grants(body);
    if (!change(() -> users.add(name, body.path("password").asText(null), grants))) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "A user named '" + name + "' exists already");
    }
    write(ctx, userView(name, grants));
  }

  public void changePassword(Context ctx) throws IOException {
    requireEnabled();
    String name = ctx.pathParam("name");
    JsonNode body = body(ctx);
    if (!change(() -> users.changePassword(name, body.path("password").asText(null)))) {
      throw new RegistryException(ErrorCode.NOT_FOUND, "No user named " + name);
    }
    write(ctx, Map.of("name", name));
  }

  public void changeRoles(Context ctx) throws IOException {
    requireEnabled();
    String name = ctx.pathParam("name");
    List<Grant> grants = grants(body(ctx));
    if (!change(() -> users.changeGrants(name, grants))) {
      throw new RegistryException(ErrorCode.NOT_FOUND, "No user named " + name);
    }
    write(ctx, userView(name, grants));
  }

  public void removeUser(Context ctx) throws IOException {
    requireEnabled();
    String name = ctx.pathParam("name");
    if (!users.remove(name)) {
      throw new RegistryException(ErrorCode.NOT_FOUND, "No user named " + name);
    }
    write(ctx, Map.of("name", name));
  }

  private void requireEnabled() {
    if (!enabled) {
      throw new RegistryException(ErrorCode.OPERATION_NOT_PERMITTED, "Authentication is off, so users and tokens are not used");
    }
  }

  private static JsonNode body(Context ctx) {
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "The body is not JSON");
    }
    if (body == null || !body.isObject()) {
      throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "Expected a JSON object");
    }
    return body;
  }

  /** Each element of {@code roles} is one grant: a grant is never split out of a string. */
  private static List<Grant> grants(JsonNode body) {
    if (!body.path("roles").isArray()) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "roles must be a list such as [\"writer:payments.*\"]");
    }
    List<Grant> grants = new ArrayList<>();
    change(() -> {
      body.path("roles").forEach(role -> grants.add(Grant.parse(role.asText())));
      return null;
    });
    return grants;
  }

  private static <T> T change(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, e.getMessage());
    }
  }

  private static Map<String, Object> view(IdentityStore.StoredToken token) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", token.name());
    view.put("roles", labels(token.grants()));
    view.put("created", Instant.ofEpochMilli(token.createdAt()).toString());
    view.put("createdBy", token.createdBy());
    return view;
  }

  private static Map<String, Object> userView(String name, List<Grant> grants) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", name);
    view.put("roles", labels(grants));
    return view;
  }

  private static List<String> labels(List<Grant> grants) {
    return grants.stream().map(Grant::toString).toList();
  }

  private static void write(Context ctx, Object body) throws IOException {
    ctx.status(200).contentType("application/json").result(Json.MAPPER.writeValueAsBytes(body));
  }
}
