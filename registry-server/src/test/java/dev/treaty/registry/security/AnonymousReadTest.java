package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code auth.anonymous=read}: anyone reads, only credentials write, and a bad password still fails. */
class AnonymousReadTest {

  @Test
  void anonymousCallersReadButDoNotWrite() {
    try (SecuredRegistry registry = SecuredRegistry.start(Map.of("auth.anonymous", "read"))) {
      assertThat(registry.http().get("/subjects").status()).isEqualTo(200);
      assertThat(registry.http().get("/config").status()).isEqualTo(200);
      assertThat(registry.http().post("/subjects/open.read/versions", "{\"schema\":\"\\\"int\\\"\"}").status())
          .isEqualTo(401);
      assertThat(registry.http().put("/config", "{\"compatibility\":\"NONE\"}").status()).isEqualTo(401);
      assertThat(registry.send(SecuredRegistry.basic("reader", "wrong"), "GET", "/subjects", null).status())
          .isEqualTo(401);
      assertThat(registry.send(SecuredRegistry.basic("writer"), "POST", "/subjects/open.read/versions",
          "{\"schema\":\"\\\"int\\\"\"}").status()).isEqualTo(200);
    }
  }
}
