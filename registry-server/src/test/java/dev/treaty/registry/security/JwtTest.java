package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OIDC bearer tokens signed by keys the test makes, with the JWKS read from a file. */
class JwtTest {

  private static final String ISSUER = "https://idp.example.test";
  private static final String AUDIENCE = "treaty";
  private static RSAKey key;
  private static RSAKey stranger;
  private static SecuredRegistry registry;

  @BeforeAll
  static void start() throws JOSEException, IOException {
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
    stranger = new RSAKeyGenerator(2048).keyID("k1").generate();
    Path jwks = Files.createTempFile("jwks", ".json");
    Files.writeString(jwks, new JWKSet(key.toPublicJWK()).toString());
    registry = SecuredRegistry.start(Map.of("auth.jwt.jwks.file", jwks.toString(), "auth.jwt.issuer", ISSUER,
        "auth.jwt.audience", AUDIENCE, "auth.jwt.roles.claim", "treaty_roles"));
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  private static String token(RSAKey signer, String issuer, String audience, Instant expiry, Object roles) {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("alice")
        .expirationTime(Date.from(expiry)).claim("treaty_roles", roles).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
    try {
      jwt.sign(new RSASSASigner(signer));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return "Bearer " + jwt.serialize();
  }

  private static String valid(Object roles) {
    return token(key, ISSUER, AUDIENCE, Instant.now().plusSeconds(300), roles);
  }

  private static int status(String authorization, String method, String path) {
    return registry.send(authorization, method, path, method.equals("POST") ? "{\"schema\":\"\\\"long\\\"\"}" : null).status();
  }

  @Test
  void aValidTokenGrantsTheRolesOfItsClaim() {
    String writer = valid(List.of("writer:payments.*", "some-other-app-role"));
    assertThat(status(writer, "POST", "/subjects/payments.jwt/versions")).isEqualTo(200);
    assertThat(status(writer, "POST", "/subjects/billing.jwt/versions")).isEqualTo(403);
    assertThat(status(valid("reader"), "GET", "/subjects")).isEqualTo(200);
    assertThat(status(valid("reader"), "PUT", "/config")).isEqualTo(403);
  }

  @Test
  void theActorIsTheTokensSubject() {
    status(valid("admin"), "POST", "/subjects/jwt.actor/versions");
    String feed = registry.send(valid("reader"), "GET", "/treaty/v1/events?after=0&limit=1000", null).text();
    assertThat(feed).contains("\"actor\":\"jwt:alice@" + ISSUER + "\"");
  }

  @Test
  void expiredForgedAndMisaddressedTokensAreRefused() {
    assertThat(status(token(key, ISSUER, AUDIENCE, Instant.now().minusSeconds(600), "admin"), "GET", "/subjects"))
        .as("expired").isEqualTo(401);
    assertThat(status(token(stranger, ISSUER, AUDIENCE, Instant.now().plusSeconds(300), "admin"), "GET", "/subjects"))
        .as("signed by another key").isEqualTo(401);
    assertThat(status(token(key, ISSUER, "another-service", Instant.now().plusSeconds(300), "admin"), "GET", "/subjects"))
        .as("wrong audience").isEqualTo(401);
    assertThat(status(token(key, "https://evil.example.test", AUDIENCE, Instant.now().plusSeconds(300), "admin"),
        "GET", "/subjects")).as("wrong issuer").isEqualTo(401);
  }

  @Test
  void aTokenWhosePayloadWasEditedIsRefused() {
    String[] parts = valid("reader").substring(7).split("\\.");
    String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("reader", "admin").getBytes());
    assertThat(status("Bearer " + parts[0] + "." + forged + "." + parts[2], "PUT", "/config")).isEqualTo(401);
  }

  @Test
  void anUnsignedTokenIsRefused() {
    String[] parts = valid("admin").substring(7).split("\\.");
    String none = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
    assertThat(status("Bearer " + none + "." + parts[1] + ".", "GET", "/subjects")).isEqualTo(401);
  }

}
