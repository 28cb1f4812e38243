package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityConfigTest {

  @Test
  void everythingIsOffUnlessAsked() {
    SecurityConfig config = SecurityConfig.from(Map.of(), Path.of("data"));
    assertThat(config.enabled()).isFalse();
    assertThat(config.tls()).isNull();
    assertThat(config.jwt()).isNull();
    assertThat(config.corsOrigins()).isEmpty();
    assertThat(config.rateLimit()).isZero();
    assertThat(config.tokensFile()).isEqualTo(Path.of("data", "tokens"));
  }

  @Test
  void jwtNeedsAnIssuerAndAnAudience() {
    assertThatThrownBy(() -> SecurityConfig.from(Map.of("auth.jwt.jwks.url", "https://idp/jwks"), Path.of("d")))
        .hasMessageContaining("auth.jwt.issuer");
  }

  @Test
  void anonymousIsOffOrRead() {
    assertThat(SecurityConfig.from(Map.of("auth.anonymous", "read"), Path.of("d")).anonymousRead()).isTrue();
    assertThatThrownBy(() -> SecurityConfig.from(Map.of("auth.anonymous", "write"), Path.of("d")))
        .hasMessageContaining("off or read");
  }

  @Test
  void theKeyStorePasswordIsNotPrinted() {
    SecurityConfig config = SecurityConfig.from(
        Map.of("tls.keystore", "server.p12", "tls.keystore.password", "hunter2-store"), Path.of("d"));
    assertThat(config.toString()).contains("server.p12").doesNotContain("hunter2-store");
  }
}
