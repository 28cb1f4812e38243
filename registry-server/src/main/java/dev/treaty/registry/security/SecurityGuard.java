package dev.treaty.registry.security;

import dev.treaty.registry.service.Access;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Decides, before a matched route runs and before its body is read, who is calling and whether
 * they may: 429 when the client is over its rate or failed to log in too often (decided before any
 * password check), 401 with a challenge when credentials are missing or wrong, 403 when the caller
 * lacks the grant. Off by default: then every request passes, as anonymous admin.
 */
public final class SecurityGuard {

  /** Context attribute holding the {@link Principal} of the request. */
  static final String PRINCIPAL = "treaty.principal";
  static final Principal EVERYONE = new Principal("anonymous", List.of(Grant.everywhere(Role.ADMIN)));

  private final SecurityConfig config;
  private final RouteRules rules = new RouteRules();
  private final Authenticator authenticator;
  private final IdentityController identities;
  private final BootstrapFiles bootstrap;
  private final RateLimiter limiter;

  private SecurityGuard(SecurityConfig config, IdentityStore store) {
    this.config = config;
    this.limiter = new RateLimiter(config.rateLimit());
    ApiTokens tokens = new ApiTokens(store);
    Users users = new Users(store);
    JwtVerifier jwt = config.enabled() && config.jwt() != null ? new JwtVerifier(config.jwt()) : null;
    this.authenticator = new Authenticator(store, tokens, jwt);
    this.identities = new IdentityController(users, tokens, config.enabled());
    this.bootstrap = new BootstrapFiles(config, users, tokens);
  }

  /** A guard whose users and tokens live in the database behind {@code dataSource}. */
  public static SecurityGuard of(SecurityConfig config, DataSource dataSource) {
    return new SecurityGuard(config, new IdentityStore(dataSource));
  }

  /** Copies the users file (and an old tokens file) into the database; names already there are kept. */
  public void importBootstrapFiles() {
    if (config.enabled()) {
      bootstrap.importAll();
    }
  }

  /** The rules the route table declares, one per route. */
  public RouteRules rules() {
    return rules;
  }

  /** The handlers of the users, tokens and whoami routes. */
  public IdentityController identities() {
    return identities;
  }

  /** Installs the check and the headers of the web UI. */
  public void install(RoutesConfig routes) {
    routes.beforeMatched(this::check);
    routes.after("/ui/*", ctx -> ctx.header("X-Frame-Options", "DENY"));
  }

  /** The authenticated identity to record as the actor of a change, when security is on. */
  public static Optional<String> actor(Context ctx) {
    Principal principal = ctx.attribute(PRINCIPAL);
    return principal == null || principal == EVERYONE ? Optional.empty() : Optional.of(principal.name());
  }

  /** What the caller of this request may read and write. */
  public static Access access(Context ctx) {
    Principal principal = principal(ctx);
    return principal == EVERYONE ? Access.ALL : new GrantedAccess(principal);
  }

  static Principal principal(Context ctx) {
    Principal principal = ctx.attribute(PRINCIPAL);
    return principal == null ? EVERYONE : principal;
  }

  private void check(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint == null || ctx.method() == HandlerType.OPTIONS) {
      return;
    }
    if (!config.enabled()) {
      limit(ctx, ctx.ip());
      return;
    }
    String method = endpoint.method == HandlerType.HEAD ? "GET" : endpoint.method.name();
    AccessRule rule = rules.of(method, endpoint.path)
        .orElseThrow(() -> new RegistryException(ErrorCode.FORBIDDEN, "No access rule for this route"));
    if (rule.isPublic()) {
      return;
    }
    String authorization = ctx.header("Authorization");
    // Charged to the credentials as claimed, before they are checked: a client over its rate
    // costs no password check.
    limit(ctx, claimedClient(authorization, ctx.ip()));
    Principal principal = authenticate(ctx, authorization, rule);
    if (!rule.allows(principal, ctx.pathParamMap())) {
      throw new RegistryException(ErrorCode.FORBIDDEN, "User " + principal.name() + " may not "
          + ctx.method().name() + " " + endpoint.path + describe(ctx));
    }
    ctx.attribute(PRINCIPAL, principal);
  }

  private Principal authenticate(Context ctx, String authorization, AccessRule rule) {
    Principal principal;
    try {
      principal = authenticator.authenticate(authorization, ctx.ip()).orElse(null);
    } catch (Authenticator.Throttled e) {
      ctx.header("Retry-After", Long.toString(e.seconds));
      throw new RegistryException(ErrorCode.TOO_MANY_REQUESTS, "Too many failed logins; try again later");
    } catch (Passwords.Busy e) {
      ctx.header("Retry-After", "1");
      throw new RegistryException(ErrorCode.TOO_MANY_REQUESTS, "Too many logins at once; try again later");
    } catch (RegistryException e) {
      challenge(ctx);
      throw e;
    }
    if (principal == null && config.clientCertificates()) {
      principal = clientCertificate(ctx).flatMap(authenticator::fromCertificate).orElse(null);
    }
    if (principal == null) {
      if (!config.anonymousRead() || rule.role() != Role.READER || rule.scope() == AccessRule.Scope.SELF_OR_ADMIN) {
        challenge(ctx);
        throw new RegistryException(ErrorCode.UNAUTHENTICATED, "Authentication required");
      }
      principal = Principal.ANONYMOUS_READER;
    }
    return principal;
  }

  private static String describe(Context ctx) {
    String subject = ctx.pathParamMap().get("subject");
    String application = ctx.pathParamMap().get("application");
    return subject != null ? " on subject " + subject : application != null ? " on application " + application : "";
  }

  /** The rate-limit key: the user name or token as sent (a hash of the token), else the address. */
  private static String claimedClient(String authorization, String address) {
    if (authorization == null || authorization.isBlank()) {
      return "address:" + address;
    }
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(java.util.Base64.getDecoder().decode(authorization.substring(6).strip()),
            StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return "user:" + (colon < 0 ? decoded : decoded.substring(0, colon));
      } catch (IllegalArgumentException e) {
        return "address:" + address;
      }
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(authorization.getBytes(StandardCharsets.UTF_8));
      return "bearer:" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<X509Certificate> clientCertificate(Context ctx) {
    Object chain = ctx.req().getAttribute("jakarta.servlet.request.X509Certificate");
    return chain instanceof X509Certificate[] certificates && certificates.length > 0
        ? Optional.of(certificates[0]) : Optional.empty();
  }

  private void limit(Context ctx, String client) {
    if (limiter.isOn() && !limiter.tryAcquire(client, System.nanoTime())) {
      ctx.header("Retry-After", "1");
      throw new RegistryException(ErrorCode.TOO_MANY_REQUESTS, "Too many requests; slow down");
    }
  }

  private void challenge(Context ctx) {
    ctx.header("WWW-Authenticate", config.jwt() == null
        ? "Basic realm=\"treaty\", charset=\"UTF-8\""
        : "Basic realm=\"treaty\", charset=\"UTF-8\", Bearer realm=\"treaty\"");
  }
}
