package dev.treaty.registry.security;

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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/** An identity provider for tests: an RSA key, its JWKS in a file, and tokens it signs. */
final class TestJwts {

  static final String ISSUER = "https://idp.example.test";
  static final String AUDIENCE = "treaty";

  final RSAKey key;
  final Path jwks;

  TestJwts() {
    try {
      key = new RSAKeyGenerator(2048).keyID("k1").generate();
      jwks = Files.createTempFile("jwks", ".json");
      Files.writeString(jwks, new JWKSet(key.toPublicJWK()).toString());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The settings a server needs to accept these tokens, roles in {@code treaty_roles}, names in {@code preferred_username}. */
  Map<String, String> settings() {
    return Map.of("auth.jwt.jwks.file", jwks.toString(), "auth.jwt.issuer", ISSUER, "auth.jwt.audience", AUDIENCE,
        "auth.jwt.roles.claim", "treaty_roles", "auth.jwt.name.claim", "preferred_username");
  }

  /** {@code Bearer ...} for a token of {@code subject} with these roles, valid for five minutes. */
  String bearer(String subject, String displayName, Object roles) {
    return sign(key, new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(subject)
        .expirationTime(Date.from(Instant.now().plusSeconds(300))).claim("treaty_roles", roles)
        .claim("preferred_username", displayName).build());
  }

  static String sign(RSAKey signer, JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
    try {
      jwt.sign(new RSASSASigner(signer));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return "Bearer " + jwt.serialize();
  }
}
