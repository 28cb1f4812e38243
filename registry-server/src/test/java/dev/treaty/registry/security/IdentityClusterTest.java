package dev.treaty.registry.security;

import static dev.treaty.registry.security.SecuredRegistry.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Backend;
import dev.treaty.registry.Http;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two nodes on one PostgreSQL see the same users and tokens at once, with no restart. */
class IdentityClusterTest {

  private static final String SCHEMA = Http.json(Map.of("schema", "\"string\""));
  private static String database;
  private static SecuredRegistry a;
  private static SecuredRegistry b;

  @BeforeAll
  static void startTwoNodes() {
    database = Backend.POSTGRES.freshDatabaseUrl();
    a = SecuredRegistry.on(database, Map.of());
    b = SecuredRegistry.on(database, Map.of());
  }

  @AfterAll
  static void stop() {
    a.close();
    b.close();
  }

  @Test
  void aTokenCreatedOnOneNodeWorksOnTheOtherAtOnceAndARevocationHoldsAtOnce() {
    Http.Answer created = a.send(basic("admin"), "POST", "/treaty/v1/tokens",
        "{\"name\":\"shared-ci\",\"roles\":[\"writer:team-b.*\"]}");
    String bearer = "Bearer " + created.json().path("token").asText();
    assertThat(b.send(bearer, "POST", "/subjects/team-b.cluster/versions", SCHEMA).status()).isEqualTo(200);
    assertThat(b.send(bearer, "POST", "/subjects/team-a.cluster/versions", SCHEMA).status()).isEqualTo(403);

    assertThat(b.send(basic("admin"), "DELETE", "/treaty/v1/tokens/shared-ci", null).status()).isEqualTo(200);
    assertThat(a.send(bearer, "GET", "/subjects", null).status()).isEqualTo(401);
  }

  @Test
  void aUserAddedChangedAndRemovedOnOneNodeIsSoOnTheOther() {
    assertThat(a.send(basic("admin"), "POST", "/treaty/v1/users",
        "{\"name\":\"frank\",\"password\":\"franks password\",\"roles\":[\"reader:team-f.*\"]}").status()).isEqualTo(200);
    assertThat(b.send(basic("frank", "franks password"), "GET", "/subjects/team-f.x/versions", null).status())
        .isNotIn(401, 403);
    assertThat(b.send(basic("admin"), "PUT", "/treaty/v1/users/frank/roles", "{\"roles\":[\"writer:team-f.*\"]}").status())
        .isEqualTo(200);
    assertThat(a.send(basic("frank", "franks password"), "POST", "/subjects/team-f.x/versions", SCHEMA).status())
        .isEqualTo(200);
    assertThat(b.send(basic("frank", "franks password"), "PUT", "/treaty/v1/users/frank/password",
        "{\"password\":\"another password\"}").status()).as("a user changes their own password").isEqualTo(200);
    assertThat(a.send(basic("frank", "franks password"), "GET", "/subjects", null).status()).isEqualTo(401);
    assertThat(a.send(basic("frank", "another password"), "GET", "/subjects", null).status()).isEqualTo(200);
    assertThat(a.send(basic("admin"), "DELETE", "/treaty/v1/users/frank", null).status()).isEqualTo(200);
    assertThat(b.send(basic("frank", "another password"), "GET", "/subjects", null).status()).isEqualTo(401);
  }

  @Test
  void aRestartedNodeChangesNoGrant() {
    a.send(basic("admin"), "POST", "/treaty/v1/tokens", "{\"name\":\"kept\",\"roles\":[\"reader:team-k.*\",\"admin:team-k.ops.*\"]}");
    a.send(basic("admin"), "POST", "/treaty/v1/users",
        "{\"name\":\"grace\",\"password\":\"graces password\",\"roles\":[\"writer:team-g.*\",\"reader\"]}");
    String tokensBefore = b.send(basic("admin"), "GET", "/treaty/v1/tokens", null).text();
    String usersBefore = b.send(basic("admin"), "GET", "/treaty/v1/users", null).text();
    try (SecuredRegistry third = SecuredRegistry.on(database, Map.of())) {
      assertThat(third.send(basic("admin"), "GET", "/treaty/v1/tokens", null).text()).isEqualTo(tokensBefore);
      assertThat(third.send(basic("admin"), "GET", "/treaty/v1/users", null).text()).isEqualTo(usersBefore);
    }
    assertThat(usersBefore).contains("{\"name\":\"grace\",\"roles\":[\"reader\",\"writer:team-g.*\"]}");
  }
}
