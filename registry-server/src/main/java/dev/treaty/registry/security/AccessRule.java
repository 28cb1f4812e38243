package dev.treaty.registry.security;

/**
 * What one route needs: a role, and where it must hold. A null role means the route is public
 * (health probes).
 */
record AccessRule(Role role, Scope scope) {

  /** Where a grant must hold for the route to be allowed. */
  enum Scope {
    /** On every subject: the route shows or changes things across subjects. */
    EVERY_SUBJECT,
    /** On the subject named in the path. */
    PATH_SUBJECT,
    /** On some subjects at least: the route shows nothing subject-specific, or filters by grant. */
    SOME_SUBJECT
  }

  static final AccessRule PUBLIC = new AccessRule(null, Scope.SOME_SUBJECT);

  static AccessRule everywhere(Role role) {
    return new AccessRule(role, Scope.EVERY_SUBJECT);
  }

  static AccessRule onSubject(Role role) {
    return new AccessRule(role, Scope.PATH_SUBJECT);
  }

  static AccessRule somewhere(Role role) {
    return new AccessRule(role, Scope.SOME_SUBJECT);
  }

  boolean isPublic() {
    return role == null;
  }

  boolean allows(Principal principal, String subject) {
    return switch (scope) {
      case EVERY_SUBJECT -> principal.may(role, null);
      case PATH_SUBJECT -> principal.may(role, subject);
      case SOME_SUBJECT -> principal.maySomewhere(role);
    };
  }
}
