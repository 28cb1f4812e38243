package dev.treaty.registry.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The users of a secured registry, kept in the database: names, bcrypt hashes and grants. Every
 * change is refused with {@link IllegalArgumentException} before anything is written. Thread-safe.
 */
final class Users {

  private static final String NAME = "[A-Za-z0-9._@+-]{1,128}";

  private final IdentityStore store;

  Users(IdentityStore store) {
    this.store = store;
  }

  List<IdentityStore.StoredUser> list() {
    return store.users();
  }

  /** @return false when a user of that name exists already */
  boolean add(String name, String password, List<Grant> grants) {
    requireName(name);
    requireGrants(grants);
    return store.addUser(name, Passwords.hash(requirePassword(password)), grants);
  }

  /** Adds a user from the users file, whose password is hashed already; false when the name is taken. */
  boolean restore(String name, String hash, List<Grant> grants) {
    requireName(name);
    return store.addUser(name, hash, grants);
  }

  boolean changePassword(String name, String password) {
    return store.setPassword(name, Passwords.hash(requirePassword(password)));
  }

  boolean changeGrants(String name, List<Grant> grants) {
    requireGrants(grants);
    return store.setGrants(name, grants);
  }

  boolean remove(String name) {
    return store.removeUser(name);
  }

  static void requireName(String name) {
    if (name == null || !name.matches(NAME)) {
      throw new IllegalArgumentException("A user name has 1 to 128 letters, digits, '.', '_', '@', '+' or '-'");
    }
    // the name anonymous callers and an open registry record as the actor
    if (name.equalsIgnoreCase("anonymous")) {
      throw new IllegalArgumentException("The user name 'anonymous' is reserved");
    }
  }

  private static void requireGrants(List<Grant> grants) {
    if (grants.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role");
    }
  }

  private static String requirePassword(String password) {
    if (password == null || password.length() < 8) {
      throw new IllegalArgumentException("A password needs at least 8 characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
      throw new IllegalArgumentException("A password has at most " + Passwords.MAX_BYTES + " bytes (bcrypt ignores the rest)");
    }
    return password;
  }
}
