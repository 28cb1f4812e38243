package dev.treaty.registry.security;

import dev.treaty.registry.service.Contexts;

/**
 * What one route needs: a role, and where it must hold. Declared beside the route in the route
 * table, so that a route cannot be added without one. A null role means the route is public
 * (health probes).
 */
public record AccessRule(Role role, Scope scope) {

  /** Where a grant must hold for the route to be allowed. */
  public enum Scope {
    /** On every subject and application: the route shows or changes things across all of them. */
    EVERY_NAME,
    /** On the subject named in the path. */
    PATH_SUBJECT,
    /** On the application named in the path (grants' prefixes cover application names too). */
    PATH_APPLICATION,
    /** On the subjects of the context named in the path ({@code .team}: names starting {@code :.team:}). */
    PATH_CONTEXT,
    /** On some names at least: the route shows nothing name-specific, or filters by grant. */
    SOME_NAME,
    /** The user named in the path is the caller, or the caller is an admin everywhere. */
    SELF_OR_ADMIN
  }

  /** No credentials needed. */
  public static final AccessRule PUBLIC = new AccessRule(null, Scope.SOME_NAME);

  public static AccessRule everywhere(Role role) {
    return new AccessRule(role, Scope.EVERY_NAME);
  }

  public static AccessRule onSubject(Role role) {
    return new AccessRule(role, Scope.PATH_SUBJECT);
  }

  public static AccessRule onContext(Role role) {
    return new AccessRule(role, Scope.PATH_CONTEXT);
  }

  public static AccessRule onApplication(Role role) {
    return new AccessRule(role, Scope.PATH_APPLICATION);
  }

  /** The route filters what it answers by the caller's grants, or refuses names outside them. */
  public static AccessRule filtered(Role role) {
    return new AccessRule(role, Scope.SOME_NAME);
  }

  public static AccessRule selfOrAdmin() {
    return new AccessRule(Role.READER, Scope.SELF_OR_ADMIN);
  }

  boolean isPublic() {
    return role == null;
  }

  /** @param pathParams the route's path parameters ({@code subject}, {@code application}, {@code name}) */
  boolean allows(Principal principal, java.util.Map<String, String> pathParams) {
    return switch (scope) {
      case EVERY_NAME -> principal.may(role, null);
      case PATH_SUBJECT -> principal.may(role, pathParams.get("subject"));
      case PATH_APPLICATION -> principal.may(role, pathParams.get("application"));
      // the default context, the global one or no context at all: only a grant on every name
      case PATH_CONTEXT -> principal.may(role, Contexts.qualifier(pathParams.get("context")));
      case SOME_NAME -> principal.maySomewhere(role);
      case SELF_OR_ADMIN -> principal.may(Role.ADMIN, null) || principal.name().equals(pathParams.get("name"));
    };
  }
}
