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
 * Turns an {@code Authorization} header into a {@link Principal}: HTTP Basic against the users
 * file, or a bearer token that is either an API token or a JWT. Failures never say which part was
 * wrong, and never repeat the secret.
 */
final class Authenticator {

  private final Map<String, UserFile.User> users;
  private final ApiTokens tokens;
  private final JwtVerifier jwt;
  // bcrypt is slow on purpose; a password verified once is remembered (as a SHA-256) so that
  // every request of a client does not pay for it again.
  private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

  Authenticator(Map<String, UserFile.User> users, ApiTokens tokens, JwtVerifier jwt) {
    this.users = users;
    this.tokens = tokens;
    this.jwt = jwt;
  }

  /** The caller, or empty when no credentials were sent; wrong credentials throw a 401. */
  Optional<Principal> authenticate(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return Optional.empty();
    }
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.of(basic(authorization.substring(6).strip()));
    }
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of(bearer(authorization.substring(7).strip()));
    }
    throw failed("Unsupported authentication scheme");
  }

  private Principal basic(String encoded) {
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
    UserFile.User user = users.get(name);
    byte[] digest = sha256(name + '\0' + password);
    byte[] remembered = verified.get(name);
    // A wrong password always pays for a bcrypt check, so guessing stays slow.
    boolean ok = (remembered != null && user != null && MessageDigest.isEqual(remembered, digest))
        || Passwords.matches(password, user == null ? null : user.hash());
    if (!ok) {
      throw failed("Invalid user or password");
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
          UserFile.User user = users.get(String.valueOf(rdn.getValue()));
          return Optional.ofNullable(user).map(found -> new Principal(found.name(), found.grants()));
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
