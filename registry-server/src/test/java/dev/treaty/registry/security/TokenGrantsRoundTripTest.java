package dev.treaty.registry.security;

import static dev.treaty.registry.security.SecuredRegistry.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Backend;
import dev.treaty.registry.Http;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding 1: a prefix-scoped token lost its prefix when the server restarted, and a newline in a grant stopped it. */
class TokenGrantsRoundTripTest {

  private static final String SCHEMA = Http.json(Map.of("schema", "\"string\""));

  @Test
  void aPrefixScopedTokenKeepsItsPrefixAcrossARestart() {
    String database = Backend.H2.freshDatabaseUrl();
    String bearer;
    try (SecuredRegistry first = SecuredRegistry.on(database, Map.of())) {
      Http.Answer created = first.send(basic("admin"), "POST", "/treaty/v1/tokens",
          "{\"name\":\"team-b-ci\",\"roles\":[\"writer:team-b.*\",\"reader:shared.events.*\"]}");
      assertThat(created.status()).as(created.text()).isEqualTo(200);
      bearer = "Bearer " + created.json().path("token").asText();
    }
    try (SecuredRegistry restarted = SecuredRegistry.on(database, Map.of())) {
      assertThat(restarted.send(bearer, "POST", "/subjects/team-b.orders/versions", SCHEMA).status()).isEqualTo(200);
      assertThat(restarted.send(bearer, "POST", "/subjects/team-a.orders/versions", SCHEMA).status()).isEqualTo(403);
      assertThat(restarted.send(bearer, "GET", "/subjects/shared.events.x/versions", null).status()).isIn(200, 404);
      assertThat(restarted.send(bearer, "POST", "/subjects/shared.events.x/versions", SCHEMA).status()).isEqualTo(403);
      assertThat(restarted.send(basic("admin"), "GET", "/treaty/v1/tokens", null).json().get(0).path("roles").toString())
          .isEqualTo("[\"reader:shared.events.*\",\"writer:team-b.*\"]");
    }
  }

  @Test
  void aGrantWithALineBreakIsRefusedAndTheServerStillStarts() {
    String database = Backend.H2.freshDatabaseUrl();
    try (SecuredRegistry first = SecuredRegistry.on(database, Map.of())) {
      Http.Answer refused = first.send(basic("admin"), "POST", "/treaty/v1/tokens",
          "{\"name\":\"sneaky\",\"roles\":[\"writer:team-b.*\\nadmin\"]}");
      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.text()).contains("no control characters");
      Http.Answer user = first.send(basic("admin"), "POST", "/treaty/v1/users",
          "{\"name\":\"mallory\",\"password\":\"long enough password\",\"roles\":[\"reader:a\\r\\nadmin\"]}");
      assertThat(user.status()).isEqualTo(422);
    }
    try (SecuredRegistry restarted = SecuredRegistry.on(database, Map.of())) {
      assertThat(restarted.send(basic("admin"), "GET", "/treaty/v1/tokens", null).text()).isEqualTo("[]");
    }
  }

  @Test
  void usersAddedThroughTheApiSurviveARestartAndTheUsersFileDoesNotOverwriteThem() {
    String database = Backend.H2.freshDatabaseUrl();
    try (SecuredRegistry first = SecuredRegistry.on(database, Map.of())) {
      assertThat(first.send(basic("admin"), "POST", "/treaty/v1/users",
          "{\"name\":\"erin\",\"password\":\"erins password\",\"roles\":[\"writer:team-e.*\"]}").status()).isEqualTo(200);
      // the users file also has "reader"; a new password set through the API must outlive restarts
      assertThat(first.send(basic("admin"), "PUT", "/treaty/v1/users/reader/password",
          "{\"password\":\"a new password\"}").status()).isEqualTo(200);
    }
    try (SecuredRegistry restarted = SecuredRegistry.on(database, Map.of())) {
      assertThat(restarted.send(basic("erin", "erins password"), "POST", "/subjects/team-e.x/versions", SCHEMA).status())
          .isEqualTo(200);
      assertThat(restarted.send(basic("erin", "erins password"), "POST", "/subjects/team-a.x/versions", SCHEMA).status())
          .isEqualTo(403);
      assertThat(restarted.send(basic("reader", "a new password"), "GET", "/subjects", null).status()).isEqualTo(200);
      assertThat(restarted.send(basic("reader"), "GET", "/subjects", null).status()).isEqualTo(401);
    }
  }
}
