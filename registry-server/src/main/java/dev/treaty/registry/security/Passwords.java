package dev.treaty.registry.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Password hashes: bcrypt, whose verification takes the same time whatever the guess. At most as
 * many checks run at once as there are cores, so that a flood of guesses queues instead of
 * starving every other request of CPU. Thread-safe.
 */
public final class Passwords {

  /** bcrypt reads 72 bytes of a password; longer ones are refused rather than cut. */
  public static final int MAX_BYTES = 72;
  private static final int COST = 12;
  // Checked against when the user is unknown, so that unknown users take as long as wrong passwords.
  private static final String DECOY = hash("decoy password, never matches");
  private static final Semaphore CHECKS = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

  private Passwords() {}

  public static String hash(String password) {
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("A password has at most " + MAX_BYTES + " bytes");
    }
    return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
  }

  /**
   * Whether the password matches the hash (null: an unknown user, never matches). A password over
   * 72 bytes never matches and costs no check.
   *
   * @throws Busy when no check could start within two seconds
   */
  static boolean matches(String password, String hash) {
    byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) {
      return false;
    }
    try {
      if (!CHECKS.tryAcquire(2, TimeUnit.SECONDS)) {
        throw new Busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
    try {
      BCrypt.Result result = BCrypt.verifyer().verify(bytes, (hash == null ? DECOY : hash).getBytes(StandardCharsets.UTF_8));
      return hash != null && result.verified;
    } finally {
      CHECKS.release();
    }
  }

  /** Too many password checks are running; the caller should come back later. */
  static final class Busy extends RuntimeException {
    Busy() {
      super("Too many password checks at once", null, false, false);
    }
  }
}
