package dev.treaty.registry.security;

import dev.treaty.registry.service.Access;

/** {@link Access} as a principal's grants give it: a grant's prefix covers subject and application names alike. */
record GrantedAccess(Principal principal) implements Access {

  @Override
  public boolean mayRead(String name) {
    return principal.may(Role.READER, name);
  }

  @Override
  public boolean mayWrite(String name) {
    return principal.may(Role.WRITER, name);
  }

  @Override
  public boolean readsEverything() {
    return principal.may(Role.READER, null);
  }
}
