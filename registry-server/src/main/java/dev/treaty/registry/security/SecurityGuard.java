package dev.treaty.registry.security;

import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, before a matched route runs, who is calling and whether they may: 401 with a
 * challenge when credentials are missing or wrong, 403 when the caller lacks the grant. Off by
 * default: then every request passes, as anonymous admin.
 */
public final class SecurityGuard {

  /** Context attribute holding the {@link Principal} of the request. */
  static final String PRINCIPAL = "treaty.principal";
  static final Principal EVERYONE = new Principal("anonymous", List.of(Grant.everywhere(Role.ADMIN)));

  private final SecurityConfig config;
  private final Authenticator authenticator;
  private final ApiTokens tokens;
  private final RateLimiter limiter;

  private SecurityGuard(SecurityConfig config, Authenticator authenticator, ApiTokens tokens) {
    this.config = config;
    this.authenticator = authenticator;
    this.tokens = tokens;
    this.limiter = new RateLimiter(config.rateLimit());
  }

  public static SecurityGuard of(SecurityConfig config) {
    if (!config.enabled()) {
      return new SecurityGuard(config, null, null);
    }
    Map<String, UserFile.User> users = config.usersFile() == null ? Map.of() : UserFile.read(config.usersFile());
    ApiTokens tokens = new ApiTokens(config.tokensFile());
    JwtVerifier jwt = config.jwt() == null ? null : new JwtVerifier(config.jwt());
    return new SecurityGuard(config, new Authenticator(users, tokens, jwt), tokens);
  }

  /** Installs the check, the listing filter, the token routes and the headers of the web UI. */
  public void install(RoutesConfig routes) {
    routes.beforeMatched(this::check);
    routes.after("/subjects", SubjectListFilter::filter);
    routes.after("/ui/*", ctx -> ctx.header("X-Frame-Options", "DENY"));
    new TokenController(tokens).install(routes);
  }

  /** The name to record as the actor of a change, when security is on. */
  public static Optional<String> actor(Context ctx) {
    Principal principal = ctx.attribute(PRINCIPAL);
    return principal == null || principal == EVERYONE ? Optional.empty() : Optional.of(principal.name());
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
    AccessRule rule = AccessRules.of(method, endpoint.path)
        .orElseThrow(() -> new RegistryException(ErrorCode.FORBIDDEN, "No access rule for this route"));
    if (rule.isPublic()) {
      return;
    }
    Principal principal;
    try {
      principal = authenticator.authenticate(ctx.header("Authorization")).orElse(null);
    } catch (RegistryException e) {
      // Failed attempts count against the address, so that guessing passwords is rate-limited too.
      limit(ctx, ctx.ip());
      challenge(ctx);
      throw e;
    }
    if (principal == null && config.clientCertificates()) {
      principal = clientCertificate(ctx).flatMap(authenticator::fromCertificate).orElse(null);
    }
    if (principal == null) {
      if (!config.anonymousRead() || rule.role() != Role.READER) {
        challenge(ctx);
        throw new RegistryException(ErrorCode.UNAUTHENTICATED, "Authentication required");
      }
      principal = Principal.ANONYMOUS_READER;
    }
    limit(ctx, principal == Principal.ANONYMOUS_READER ? ctx.ip() : principal.name());
    String subject = ctx.pathParamMap().get("subject");
    if (!rule.allows(principal, subject)) {
      throw new RegistryException(ErrorCode.FORBIDDEN, "User " + principal.name() + " may not "
          + ctx.method().name() + " " + endpoint.path + (subject == null ? "" : " on subject " + subject));
    }
    ctx.attribute(PRINCIPAL, principal);
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
