package dev.treaty.registry.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API tokens created by an admin. Only a SHA-256 of each secret is stored (secrets are 256 random
 * bits, so a slow hash adds nothing), with the grants as rows of their own. Thread-safe.
 */
final class ApiTokens {

  static final String PREFIX = "trty_";
  private static final String NAME = "[A-Za-z0-9._-]{1,64}";

  private final IdentityStore store;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(IdentityStore store) {
    this.store = store;
  }

  /** Creates a token and returns its secret, shown once. */
  String create(String name, List<Grant> grants, String createdBy) {
    if (name == null || !name.matches(NAME)) {
      throw new IllegalArgumentException("A token name has 1 to 64 letters, digits, '.', '_' or '-'");
    }
    if (grants.isEmpty()) {
      throw new IllegalArgumentException("A token needs at least one role");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    if (!store.addToken(name, sha256(secret), grants, createdBy)) {
      throw new IllegalArgumentException("A token named '" + name + "' exists already");
    }
    return secret;
  }

  /** Stores a token whose secret hash is known already (import of an old tokens file); false if the name is taken. */
  boolean restore(String name, String sha256Hex, List<Grant> grants) {
    return name.matches(NAME) && sha256Hex.matches("[0-9a-f]{64}") && store.addToken(name, sha256Hex, grants, "import");
  }

  List<IdentityStore.StoredToken> list() {
    return store.tokens();
  }

  boolean revoke(String name) {
    return store.removeToken(name);
  }

  /** The token whose secret this is, looked up by the secret's hash. */
  Optional<IdentityStore.StoredToken> find(String secret) {
    return store.tokenBySecretHash(sha256(secret));
  }

  private static String sha256(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
