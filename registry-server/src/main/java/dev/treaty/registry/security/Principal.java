package dev.treaty.registry.security;

import java.util.List;

/** Who is calling, with what they were granted. The name goes into the events feed as the actor. */
public record Principal(String name, List<Grant> grants) {

  static final Principal ANONYMOUS_READER = new Principal("anonymous", List.of(Grant.everywhere(Role.READER)));

  public Principal {
    grants = List.copyOf(grants);
  }

  /** Whether any grant allows {@code role} on {@code subject} (null: on every subject). */
  boolean may(Role role, String subject) {
    return grants.stream().anyMatch(grant -> grant.allows(role, subject));
  }

  /** Whether some grant allows {@code role} on at least part of the subjects. */
  boolean maySomewhere(Role role) {
    return grants.stream().anyMatch(grant -> grant.role().includes(role));
  }
}
