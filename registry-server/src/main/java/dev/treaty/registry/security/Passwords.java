package dev.treaty.registry.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** Password hashes: bcrypt, whose verification takes the same time whatever the guess. */
public final class Passwords {

  private static final int COST = 12;
  // Checked against when the user is unknown, so that unknown users take as long as wrong passwords.
  private static final String DECOY = hash("decoy password, never matches");

  private Passwords() {}

  public static String hash(String password) {
    return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
  }

  static boolean matches(String password, String hash) {
    BCrypt.Result result = BCrypt.verifyer().verify(
        password.getBytes(StandardCharsets.UTF_8), (hash == null ? DECOY : hash).getBytes(StandardCharsets.UTF_8));
    return hash != null && result.verified;
  }
}
