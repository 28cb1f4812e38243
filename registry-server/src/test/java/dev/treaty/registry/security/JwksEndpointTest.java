package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** Keys fetched from a JWKS URL: a tiny endpoint on 127.0.0.1 serves the provider's public key. */
class JwksEndpointTest {

  @Test
  void verifiesTokensAgainstKeysServedOverHttp() throws Exception {
    ECKey key = new ECKeyGenerator(Curve.P_256).keyID("ec1").generate();
    byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    provider.createContext("/jwks", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, jwks.length);
      exchange.getResponseBody().write(jwks);
      exchange.close();
    });
    provider.start();
    try {
      JwtVerifier verifier = new JwtVerifier(new SecurityConfig.Jwt(
          "http://127.0.0.1:" + provider.getAddress().getPort() + "/jwks", null, "https://idp.test", "treaty",
          "groups", "email"));
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec1").build(),
          new JWTClaimsSet.Builder().issuer("https://idp.test").audience("treaty").subject("u-123")
              .claim("email", "bob@example.test").claim("groups", "engineering writer:orders.*")
              .expirationTime(Date.from(Instant.now().plusSeconds(60))).build());
      jwt.sign(new ECDSASigner(key));

      Principal bob = verifier.verify(jwt.serialize()).orElseThrow();
      assertThat(bob.name()).as("the identity: subject at issuer").isEqualTo("jwt:u-123@https://idp.test");
      assertThat(bob.displayName()).as("the name claim, shown beside it").isEqualTo("bob@example.test");
      assertThat(bob.grants()).containsExactly(Grant.parse("writer:orders.*"));
      assertThat(verifier.verify("not.a.jwt")).isEmpty();
    } finally {
      provider.stop(0);
    }
  }
}
