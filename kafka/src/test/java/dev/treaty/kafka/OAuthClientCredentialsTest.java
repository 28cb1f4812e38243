package dev.treaty.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.treaty.kafka.avro.AvroDeserializer;
import dev.treaty.kafka.avro.AvroSerializer;
import dev.treaty.registry.RegistryServer;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.security.SecurityConfig;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code bearer.auth.credentials.source=OAUTHBEARER}: the serdes fetch a token with the client
 * credentials grant from a token endpoint (a small one in this test, signing JWTs with a key the
 * Treaty server trusts through its JWKS file) and send it to a server that requires one.
 */
class OAuthClientCredentialsTest {

  private static final String ISSUER = "http://127.0.0.1/idp";
  private static final AtomicInteger TOKENS_ISSUED = new AtomicInteger();
  private static RSAKey signer;
  private static HttpServer idp;
  private static RegistryServer registry;

  @BeforeAll
  static void start() throws Exception {
    signer = new RSAKeyGenerator(2048).keyID("k1").generate();
    Path dir = Files.createTempDirectory("treaty-kafka-oauth");
    Path jwks = dir.resolve("jwks.json");
    Files.writeString(jwks, new JWKSet(signer.toPublicJWK()).toString());
    Files.writeString(dir.resolve("users"), ""); // no passwords: tokens only
    idp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    idp.createContext("/token", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String expected = "Basic " + Base64.getEncoder().encodeToString("orders-service:s3cret".getBytes(StandardCharsets.UTF_8));
      boolean valid = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
          && body.contains("grant_type=client_credentials") && body.contains("scope=registry");
      byte[] answer = (valid
          ? "{\"access_token\":\"" + token() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
          : "{\"error\":\"invalid_client\"}").getBytes(StandardCharsets.UTF_8);
      if (valid) {
        TOKENS_ISSUED.incrementAndGet();
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(valid ? 200 : 401, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    idp.start();
    SecurityConfig security = SecurityConfig.from(Map.of("auth.enabled", "true",
        "auth.users.file", dir.resolve("users").toString(), "auth.tokens.file", dir.resolve("tokens").toString(),
        "auth.jwt.jwks.file", jwks.toString(), "auth.jwt.issuer", ISSUER, "auth.jwt.audience", "treaty",
        "auth.jwt.roles.claim", "roles"), dir);
    registry = RegistryServer.start(ServerConfig.defaults().withPort(0).withDataDir(dir).withSecurity(security));
  }

  @AfterAll
  static void stop() {
    if (registry != null) {
      registry.close();
    }
    if (idp != null) {
      idp.stop(0);
    }
  }

  private static String token() {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience("treaty").subject("orders-service")
        .expirationTime(Date.from(Instant.now().plusSeconds(3600))).claim("roles", List.of("writer")).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
    try {
      jwt.sign(new RSASSASigner(signer));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  @Test
  void theSerdesFetchATokenOnceAndUseItForEveryRegistryCall() {
    Map<String, Object> config = oauth("s3cret");
    AvroSerializer serializer = new AvroSerializer();
    serializer.configure(config, false);
    AvroDeserializer deserializer = new AvroDeserializer();
    deserializer.configure(config, false);
    int before = TOKENS_ISSUED.get();
    for (int i = 0; i < 5; i++) {
      GenericRecord order = Fixtures.order(i % 2 == 0 ? Fixtures.ORDER_V1 : Fixtures.ORDER_V2, "o-" + i, i);
      assertThat(deserializer.deserialize("oauth-orders", serializer.serialize("oauth-orders", order))).isEqualTo(order);
    }
    // one token per serde's client, kept for its lifetime minus the expiry buffer
    assertThat(TOKENS_ISSUED.get() - before).isEqualTo(2);
  }

  @Test
  void withoutATokenTheSecuredRegistryRefusesTheSerializer() {
    AvroSerializer serializer = new AvroSerializer();
    serializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url(), SerdeConfig.MAX_RETRIES, 0), false);
    assertThatThrownBy(() -> serializer.serialize("oauth-anonymous", Fixtures.order(Fixtures.ORDER_V1, "o-1", 1)))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void aRefusedClientAndMissingKeysAreReported() {
    AvroSerializer refused = new AvroSerializer();
    refused.configure(oauth("wrong"), false);
    assertThatThrownBy(() -> refused.serialize("oauth-refused", Fixtures.order(Fixtures.ORDER_V1, "o-1", 1)))
        .hasMessageContaining("token endpoint").hasMessageContaining("401");
    Map<String, Object> noSecret = new HashMap<>(oauth("s3cret"));
    noSecret.remove(SerdeConfig.BEARER_AUTH_CLIENT_SECRET);
    assertThatThrownBy(() -> new AvroSerializer().configure(noSecret, false)).isInstanceOf(ConfigException.class)
        .hasMessageContaining(SerdeConfig.BEARER_AUTH_CLIENT_SECRET);
  }

  private static Map<String, Object> oauth(String secret) {
    return Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url(), SerdeConfig.MAX_RETRIES, 0,
        SerdeConfig.BEARER_AUTH_CREDENTIALS_SOURCE, "OAUTHBEARER",
        SerdeConfig.BEARER_AUTH_ISSUER_ENDPOINT_URL, "http://127.0.0.1:" + idp.getAddress().getPort() + "/token",
        SerdeConfig.BEARER_AUTH_CLIENT_ID, "orders-service", SerdeConfig.BEARER_AUTH_CLIENT_SECRET, secret,
        SerdeConfig.BEARER_AUTH_SCOPE, "registry");
  }

  private static String url() {
    return "http://127.0.0.1:" + registry.port();
  }
}
