package dev.treaty.registry.security;

import static dev.treaty.registry.security.SecuredRegistry.PASSWORD;
import static dev.treaty.registry.security.SecuredRegistry.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Passwords, API tokens, the challenge, the listing filter and the actor in the events feed. */
class AuthenticationTest {

  private static final String SCHEMA = "{\"schema\":\"\\\"string\\\"\"}";

  private static SecuredRegistry registry;

  @BeforeAll
  static void start() {
    registry = SecuredRegistry.start(Map.of());
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  @Test
  void missingCredentialsGetAChallengeAndConfluentsErrorBody() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(registry.http().request("/subjects").build().uri().toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic "));
    assertThat(response.body()).isEqualTo("{\"error_code\":401,\"message\":\"Authentication required\"}");
  }

  @Test
  void wrongPasswordsAndUnknownUsersAreRefusedWithoutEchoingTheSecret() {
    Http.Answer wrong = registry.send(basic("writer", "guess-1234"), "GET", "/subjects", null);
    Http.Answer unknown = registry.send(basic("mallory", PASSWORD), "GET", "/subjects", null);
    Http.Answer malformed = registry.send("Basic not-base64!", "GET", "/subjects", null);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(malformed.status()).isEqualTo(401);
    assertThat(wrong.text()).isEqualTo(unknown.text()).doesNotContain("guess-1234");
  }

  @Test
  void theRightPasswordKeepsWorkingAfterAWrongOne() {
    assertThat(registry.send(basic("reader"), "GET", "/subjects", null).status()).isEqualTo(200);
    assertThat(registry.send(basic("reader", PASSWORD + "x"), "GET", "/subjects", null).status()).isEqualTo(401);
    assertThat(registry.send(basic("reader"), "GET", "/subjects", null).status()).isEqualTo(200);
  }

  @Test
  void adminCreatesListsAndRevokesTokensThatAreStoredHashed() throws IOException {
    Http.Answer created = registry.send(basic("admin"), "POST", "/treaty/v1/tokens",
        "{\"name\":\"ci-payments\",\"roles\":[\"writer:payments.*\"]}");
    assertThat(created.status()).isEqualTo(200);
    String token = created.json().path("token").asText();
    assertThat(token).startsWith("trty_");
    String bearer = "Bearer " + token;

    assertThat(registry.send(bearer, "POST", "/subjects/payments.tokens/versions", SCHEMA).status()).isEqualTo(200);
    assertThat(registry.send(bearer, "POST", "/subjects/billing.tokens/versions", SCHEMA).status()).isEqualTo(403);
    Http.Answer listed = registry.send(basic("admin"), "GET", "/treaty/v1/tokens", null);
    assertThat(listed.text()).contains("ci-payments").contains("writer:payments.*").doesNotContain(token);
    assertThat(registry.dir.resolve("tokens")).as("tokens live in the database, not in a file").doesNotExist();

    assertThat(registry.send(basic("admin"), "DELETE", "/treaty/v1/tokens/ci-payments", null).status()).isEqualTo(200);
    Http.Answer revoked = registry.send(bearer, "GET", "/subjects", null);
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.text()).doesNotContain(token);
  }

  @Test
  void badTokenRequestsAreRefusedWithTheReason() {
    String admin = basic("admin");
    assertThat(registry.send(admin, "POST", "/treaty/v1/tokens", "{not json").status()).isEqualTo(400);
    assertThat(registry.send(admin, "POST", "/treaty/v1/tokens", "{}").text()).contains("roles must be a list");
    assertThat(registry.send(admin, "POST", "/treaty/v1/tokens", "{\"name\":\"\",\"roles\":[\"reader\"]}").text())
        .contains("token name");
    Http.Answer noRoles = registry.send(admin, "POST", "/treaty/v1/tokens", "{\"name\":\"empty\",\"roles\":[]}");
    assertThat(noRoles.status()).isEqualTo(422);
    assertThat(noRoles.text()).contains("at least one role");
    Http.Answer badRole = registry.send(admin, "POST", "/treaty/v1/tokens", "{\"name\":\"x\",\"roles\":[\"root\"]}");
    assertThat(badRole.text()).contains("Unknown role 'root'");
    registry.send(admin, "POST", "/treaty/v1/tokens", "{\"name\":\"twice\",\"roles\":[\"reader\"]}");
    Http.Answer again = registry.send(admin, "POST", "/treaty/v1/tokens", "{\"name\":\"twice\",\"roles\":[\"reader\"]}");
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.text()).contains("exists already");
  }

  @Test
  void onlyAnAdminHandsOutTokens() {
    Http.Answer answer = registry.send(basic("writer"), "POST", "/treaty/v1/tokens", "{\"name\":\"mine\",\"roles\":[\"admin\"]}");
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.errorCode()).isEqualTo(40301);
  }

  @Test
  void aMadeUpBearerTokenIsRefused() {
    assertThat(registry.send("Bearer trty_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "GET", "/subjects", null).status())
        .isEqualTo(401);
    assertThat(registry.send("Bearer eyJhbGciOiJub25lIn0.e30.", "GET", "/subjects", null).status()).isEqualTo(401);
  }

  @Test
  void listingsLeaveOutSubjectsTheCallerMayNotRead() {
    registry.send(basic("admin"), "POST", "/subjects/payments.listed/versions", SCHEMA);
    registry.send(basic("admin"), "POST", "/subjects/secret.listed/versions", SCHEMA);
    JsonNode limited = registry.send(basic("payments"), "GET", "/subjects", null).json();
    JsonNode everything = registry.send(basic("reader"), "GET", "/subjects", null).json();
    assertThat(limited.toString()).contains("payments.listed").doesNotContain("secret.listed");
    assertThat(everything.toString()).contains("payments.listed").contains("secret.listed");
    assertThat(registry.send(basic("payments"), "GET", "/schemas/ids/1/subjects", null).json().toString())
        .contains("payments.listed").doesNotContain("secret.listed");
    assertThat(registry.send(basic("payments"), "GET", "/treaty/v1/events", null).status()).isEqualTo(403);
  }

  @Test
  void theEventsFeedNamesTheAuthenticatedActorAndNoSecret() {
    registry.send(basic("writer"), "POST", "/subjects/actor.check/versions", SCHEMA);
    registry.send(basic("admin"), "PUT", "/config/actor.check", "{\"compatibility\":\"NONE\"}");
    String feed = registry.send(basic("reader"), "GET", "/treaty/v1/events?after=0&limit=1000", null).text();
    JsonNode events = registry.send(basic("reader"), "GET", "/treaty/v1/events?after=0&limit=1000", null).json();
    assertThat(events.findValues("subject").toString()).contains("actor.check");
    for (JsonNode event : events) {
      if (event.path("subject").asText().equals("actor.check")) {
        assertThat(event.path("actor").asText()).isIn("writer", "admin");
      }
    }
    assertThat(feed).doesNotContain(PASSWORD);
  }

  @Test
  void whoamiTellsTheCallerItsGrants() {
    JsonNode me = registry.send(basic("payments"), "GET", "/treaty/v1/whoami", null).json();
    assertThat(me.path("name").asText()).isEqualTo("payments");
    assertThat(me.path("roles").toString()).isEqualTo("[\"writer:payments.*\"]");
  }

  @Test
  void whoamiSaysWhatTheGrantsAllowOnASubject() {
    JsonNode own = registry.send(basic("payments"), "GET", "/treaty/v1/whoami?subject=payments.card", null).json();
    JsonNode other = registry.send(basic("payments"), "GET", "/treaty/v1/whoami?subject=orders", null).json();
    assertThat(own.path("subject").toString()).isEqualTo("{\"name\":\"payments.card\",\"writer\":true,\"admin\":false}");
    assertThat(other.path("subject").toString()).isEqualTo("{\"name\":\"orders\",\"writer\":false,\"admin\":false}");
  }

  @Test
  void secretsDoNotReachTheLog() {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true));
    String token;
    try {
      registry.send(basic("writer", "a-wrong-secret-password"), "GET", "/subjects", null);
      registry.send("Bearer trty_a-made-up-secret-token", "GET", "/subjects", null);
      registry.send("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl", "GET", "/subjects", null);
      token = registry.send(basic("admin"), "POST", "/treaty/v1/tokens", "{\"name\":\"logged\",\"roles\":[\"reader\"]}")
          .json().path("token").asText();
      registry.send("Bearer " + token, "POST", "/subjects/log.check/versions", "{broken json");
    } finally {
      System.setErr(original);
    }
    assertThat(captured.toString()).doesNotContain("a-wrong-secret-password").doesNotContain("made-up-secret")
        .doesNotContain(PASSWORD).doesNotContain(token).doesNotContain("eyJzdWIiOiJ4In0");
  }

  @Test
  void healthProbesNeedNoCredentials() {
    assertThat(registry.http().get("/health/live").status()).isEqualTo(200);
  }
}
