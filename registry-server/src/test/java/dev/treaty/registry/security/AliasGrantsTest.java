package dev.treaty.registry.security;

import static dev.treaty.registry.security.SecuredRegistry.PASSWORD;
import static dev.treaty.registry.security.SecuredRegistry.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A subject alias opens nothing: alan may write {@code alan-*} only, and an alias he sets there
 * on {@code secret} reads, looks up and registers nothing of {@code secret}.
 */
class AliasGrantsTest {

  private static final String SCHEMA = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"S\\\",\\\"fields\\\":[]}\"}";
  private static SecuredRegistry registry;

  @BeforeAll
  static void start() {
    registry = SecuredRegistry.start(Map.of());
    assertThat(registry.send(basic("admin"), "POST", "/treaty/v1/users", Http.json(Map.of(
        "name", "alan", "password", PASSWORD, "roles", List.of("admin:alan-*")))).status()).isEqualTo(200);
    assertThat(registry.send(basic("admin"), "POST", "/subjects/secret/versions", SCHEMA).status()).isEqualTo(200);
    assertThat(registry.send(basic("admin"), "POST", "/subjects/alan-own/versions", SCHEMA).status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  private static Http.Answer alan(String method, String path, String body) {
    return registry.send(basic("alan"), method, path, body);
  }

  @Test
  void anAliasOnAnotherSubjectIsRefusedForEveryUseOfIt() {
    assertThat(alan("PUT", "/config/alan-door", "{\"alias\":\"secret\"}").status()).isEqualTo(200);

    assertThat(alan("GET", "/subjects/alan-door/versions", null).status()).isEqualTo(403);
    assertThat(alan("GET", "/subjects/alan-door/versions/1", null).status()).isEqualTo(403);
    assertThat(alan("GET", "/subjects/alan-door/versions/1/schema", null).status()).isEqualTo(403);
    assertThat(alan("POST", "/subjects/alan-door", SCHEMA).status()).isEqualTo(403);
    assertThat(alan("POST", "/compatibility/subjects/alan-door/versions/latest", SCHEMA).status()).isEqualTo(403);
    assertThat(alan("POST", "/subjects/alan-door/versions", SCHEMA).status()).isEqualTo(403);
    assertThat(registry.send(basic("admin"), "GET", "/subjects/secret/versions", null).text()).isEqualTo("[1]");
  }

  @Test
  void anAliasWithinTheCallersGrantWorks() {
    assertThat(alan("PUT", "/config/alan-short", "{\"alias\":\"alan-own\"}").status()).isEqualTo(200);
    assertThat(alan("GET", "/subjects/alan-short/versions", null).text()).isEqualTo("[1]");
  }
}
