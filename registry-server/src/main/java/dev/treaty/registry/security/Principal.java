package dev.treaty.registry.security;

import java.util.List;

/**
 * Who is calling, with what they were granted. {@code name} is the authenticated identity (a user
 * name, {@code token:<name>}, or {@code jwt:<sub>@<issuer>}) and is what the events feed records
 * as the actor; {@code displayName} is only shown beside it.
 */
public record Principal(String name, String displayName, List<Grant> grants) {

  static final Principal ANONYMOUS_READER = new Principal("anonymous", List.of(Grant.everywhere(Role.READER)));

  public Principal {
    grants = List.copyOf(grants);
  }

  Principal(String name, List<Grant> grants) {
    this(name, name, grants);
  }

  /** Whether any grant allows {@code role} on {@code name}, a subject or an application (null: on all of them). */
  boolean may(Role role, String name) {
    return grants.stream().anyMatch(grant -> grant.allows(role, name));
  }

  /** Whether some grant allows {@code role} on at least part of the subjects. */
  boolean maySomewhere(Role role) {
    return grants.stream().anyMatch(grant -> grant.role().includes(role));
  }
}
