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
 * Grants and contexts: a grant's prefix is matched against the qualified subject, so
 * {@code admin::.team:*} covers the context {@code .team} (in both URL forms) and a grant on the
 * default context's {@code orders-*} reveals nothing of {@code :.other:orders-x}. The caller here,
 * tina, holds exactly those two grants.
 */
class ContextGrantsTest {

  private static final String SCHEMA = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"R\\\",\\\"fields\\\":[]}\"}";
  private static SecuredRegistry registry;
  private static int otherId;

  @BeforeAll
  static void start() {
    registry = SecuredRegistry.start(Map.of());
    assertThat(registry.send(basic("admin"), "POST", "/treaty/v1/users", Http.json(Map.of(
        "name", "tina", "password", PASSWORD, "roles", List.of("admin::.team:*", "reader:orders-*")))).status())
        .isEqualTo(200);
    admin("POST", "/subjects/:.team:orders-1/versions", SCHEMA);
    otherId = admin("POST", "/subjects/:.other:orders-x/versions",
        "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Other\\\",\\\"fields\\\":[]}\"}").json().path("id").asInt();
    admin("POST", "/subjects/orders-a/versions", SCHEMA);
    admin("POST", "/subjects/:.other:orders-same/versions", SCHEMA);
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  private static Http.Answer admin(String method, String path, String body) {
    Http.Answer answer = registry.send(basic("admin"), method, path, body);
    assertThat(answer.status()).as(method + " " + path + ": " + answer.text()).isEqualTo(200);
    return answer;
  }

  private static Http.Answer tina(String method, String path, String body) {
    return registry.send(basic("tina"), method, path, body);
  }

  @Test
  void aGrantOnAContextCoversItsSubjectsInBothUrlForms() {
    assertThat(tina("GET", "/subjects/:.team:orders-1/versions", null).status()).isEqualTo(200);
    assertThat(tina("GET", "/contexts/.team/subjects/orders-1/versions", null).status()).isEqualTo(200);
    assertThat(tina("POST", "/contexts/.team/subjects/payments/versions", SCHEMA).status()).isEqualTo(200);
    assertThat(tina("PUT", "/contexts/.team/config", "{\"compatibility\":\"FULL\"}").status()).isEqualTo(200);
    assertThat(tina("PUT", "/contexts/.team/mode/orders-1", "{\"mode\":\"READWRITE\"}").status()).isEqualTo(200);
  }

  @Test
  void aGrantInTheDefaultContextRevealsNothingOfAnotherContext() {
    assertThat(tina("GET", "/subjects/orders-a/versions", null).status()).isEqualTo(200);
    assertThat(tina("GET", "/subjects/:.other:orders-x/versions", null).status()).isEqualTo(403);
    assertThat(tina("GET", "/contexts/.other/subjects/orders-x/versions", null).status()).isEqualTo(403);
    assertThat(tina("GET", "/contexts/.other/subjects", null).text()).isEqualTo("[]");
    assertThat(tina("GET", "/subjects?subjectPrefix=:.other:", null).text()).isEqualTo("[]");
    assertThat(tina("GET", "/schemas/ids/" + otherId + "?subject=:.other:orders-x", null).errorCode()).isEqualTo(40403);
    assertThat(tina("GET", "/contexts/.other/schemas/ids/" + otherId, null).errorCode()).isEqualTo(40403);
    assertThat(tina("GET", "/subjects", null).json().toString()).doesNotContain(":.other:");
  }

  @Test
  void theIdsOfAGuidNameOnlyContextsTheCallerReadsTheSchemaIn() {
    String guid = registry.send(basic("admin"), "GET", "/subjects/orders-a/versions/1", null).json().path("guid").asText();
    String ids = tina("GET", "/schemas/guids/" + guid + "/ids", null).text();
    assertThat(ids).contains("\".\"").contains("\".team\"").doesNotContain(".other");
    assertThat(registry.send(basic("admin"), "GET", "/schemas/guids/" + guid + "/ids", null).text()).contains("\".other\"");
  }

  @Test
  void contextsListOnlyThoseTheCallerReadsSomethingIn() {
    assertThat(tina("GET", "/contexts", null).text()).isEqualTo("[\".\",\".team\"]");
    assertThat(registry.send(basic("reader"), "GET", "/contexts", null).text()).isEqualTo("[\".\",\".other\",\".team\"]");
  }

  @Test
  void aReferenceIntoAContextOutOfReachIsRefused() {
    String body = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Ref\\\",\\\"fields\\\":[{\\\"name\\\":\\\"o\\\","
        + "\\\"type\\\":\\\"Other\\\"}]}\",\"references\":[{\"name\":\"Other\",\"subject\":\":.other:orders-x\",\"version\":1}]}";
    assertThat(tina("POST", "/contexts/.team/subjects/referrer/versions", body).status()).isEqualTo(403);
  }

  @Test
  void deletingAContextNeedsAdminOnIt() {
    assertThat(tina("DELETE", "/contexts/.other", null).status()).isEqualTo(403);
    assertThat(registry.send(basic("dave"), "DELETE", "/contexts/.team", null).status()).isEqualTo(403);
    // allowed, and refused for what is in it
    assertThat(tina("DELETE", "/contexts/.team", null).errorCode()).isEqualTo(42205);
  }
}
