package dev.treaty.registry.security;

import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Turns an {@code Authorization} header into a {@link Principal}: HTTP Basic against the users in
 * the database, or a bearer token that is either an API token or a JWT. Failures never say which
 * part was wrong, and never repeat the secret. Failed attempts slow down their address and user
 * name, and a throttled attempt is refused before any password check runs. Thread-safe.
 */
final class Authenticator {

  private static final int MAX_REMEMBERED = 10_000;

  private final IdentityStore store;
  private final ApiTokens tokens;
  private final JwtVerifier jwt;
  private final LoginThrottle userNames = new LoginThrottle(5, 5 * 60_000L);
  private final LoginThrottle addresses = new LoginThrottle(20, 60_000L);
  // bcrypt is slow on purpose; a password verified once is remembered (as a SHA-256 over the name,
  // the password and the stored hash, so a changed password is forgotten) so that every request
  // of a client does not pay for it again.
  private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

  /** Too many failed attempts: come back after {@code seconds}. */
  static final class Throttled extends RuntimeException {
    final long seconds;

    Throttled(long millis) {
      super("Too many failed logins", null, false, false);
      this.seconds = Math.max(1, (millis + 999) / 1000);
    }
  }

  Authenticator(IdentityStore store, ApiTokens tokens, JwtVerifier jwt) {
    this.store = store;
    this.tokens = tokens;
    this.jwt = jwt;
  }

  /**
   * The caller, or empty when no credentials were sent.
   *
   * @throws RegistryException 401 for wrong credentials
   * @throws Throttled when the address or user name failed too often lately
   */
  Optional<Principal> authenticate(String authorization, String address) {
    if (authorization == null || authorization.isBlank()) {
      return Optional.empty();
    }
    long now = System.currentTimeMillis();
    try {
      if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
        return Optional.of(basic(authorization.substring(6).strip(), address, now));
      }
      if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throttle(addresses, address, now);
        return Optional.of(bearer(authorization.substring(7).strip()));
      }
      throw failed("Unsupported authentication scheme");
    } catch (RegistryException e) {
      addresses.failed(address, System.currentTimeMillis());
      throw e;
    }
  }

  private Principal basic(String encoded, String address, long now) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw failed("Malformed Basic credentials");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw failed("Malformed Basic credentials");
    }
    String name = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    if (password.getBytes(StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
      // bcrypt reads 72 bytes; no stored password is longer, so this one is wrong, and costs nothing
      throw failed("Invalid user or password");
    }
    IdentityStore.StoredUser user = store.user(name).orElse(null);
    byte[] digest = user == null ? null : sha256(name + '\0' + password + '\0' + user.hash());
    byte[] remembered = verified.get(name);
    // A password verified before passes without bcrypt, even while the name is throttled: the
    // throttle stops guessing, not the owner.
    if (remembered != null && digest != null && MessageDigest.isEqual(remembered, digest)) {
      return new Principal(name, user.grants());
    }
    throttle(addresses, address, now);
    throttle(userNames, name, now);
    if (!Passwords.matches(password, user == null ? null : user.hash())) {
      // the delay runs from the end of the check, which may have taken a while
      userNames.failed(name, System.currentTimeMillis());
      throw failed("Invalid user or password");
    }
    userNames.succeeded(name);
    if (verified.size() > MAX_REMEMBERED) {
      verified.clear();
    }
    verified.put(name, digest);
    return new Principal(name, user.grants());
  }

  /**
   * The user a client certificate names by its CN. Jetty has checked the chain against the
   * trust store; a CN that is no user authenticates no one.
   */
  Optional<Principal> fromCertificate(X509Certificate certificate) {
    try {
      for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return store.user(String.valueOf(rdn.getValue())).map(found -> new Principal(found.name(), found.grants()));
        }
      }
    } catch (InvalidNameException e) {
      // a subject Jetty accepted but that is not a distinguished name: nobody
    }
    return Optional.empty();
  }

  private Principal bearer(String token) {
    if (token.startsWith(ApiTokens.PREFIX)) {
      return tokens.find(token)
          .map(found -> new Principal("token:" + found.name(), found.grants()))
          .orElseThrow(() -> failed("Invalid or revoked token"));
    }
    if (jwt != null) {
      return jwt.verify(token).orElseThrow(() -> failed("Invalid or expired token"));
    }
    throw failed("Invalid or revoked token");
  }

  private static void throttle(LoginThrottle throttle, String key, long now) {
    long wait = throttle.waitMillis(key, now);
    if (wait > 0) {
      throw new Throttled(wait);
    }
  }

  private static RegistryException failed(String message) {
    return new RegistryException(ErrorCode.UNAUTHENTICATED, message);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
