package dev.treaty.registry.security;

import static dev.treaty.registry.security.SecuredRegistry.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding 2: schemas of other teams by id. A caller limited to {@code team-b.*} finds only the
 * ids (and GUIDs) used in its subjects, learns no other subject's name through {@code ?subject=}
 * and no count through {@code fetchMaxId}.
 */
class ReadsByIdTest {

  private static SecuredRegistry registry;
  private static int secretId;
  private static int sharedId;
  private static int ownId;
  private static String secretGuid;

  @BeforeAll
  static void start() {
    registry = SecuredRegistry.start(Map.of());
    secretId = register("team-a.secret", "{\"type\":\"record\",\"name\":\"Salary\",\"fields\":[{\"name\":\"amount\",\"type\":\"long\"}]}");
    sharedId = register("team-a.shared", "\"string\"");
    register("team-b.shared", "\"string\"");
    ownId = register("team-b.own", "\"long\"");
    secretGuid = registry.send(basic("admin"), "GET", "/schemas/ids/" + secretId, null).json().path("guid").asText();
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  private static int register(String subject, String schema) {
    return registry.send(basic("admin"), "POST", "/subjects/" + subject + "/versions", Http.json(Map.of("schema", schema)))
        .json().path("id").asInt();
  }

  @Test
  void anIdUsedOnlyInUnreadableSubjectsIsNotFound() {
    for (String path : new String[] {"/schemas/ids/" + secretId, "/schemas/ids/" + secretId + "/schema",
        "/schemas/ids/" + secretId + "?subject=team-b.own", "/schemas/ids/" + secretId + "/subjects",
        "/schemas/ids/" + secretId + "/versions", "/schemas/guids/" + secretGuid, "/schemas/guids/" + secretGuid + "/ids"}) {
      Http.Answer answer = registry.send(basic("dave"), "GET", path, null);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.errorCode()).as(path).isEqualTo(40403);
      assertThat(answer.text()).doesNotContain("Salary").doesNotContain("team-a");
    }
    assertThat(registry.send(basic("reader"), "GET", "/schemas/ids/" + secretId, null).text()).contains("Salary");
    assertThat(registry.send(basic("reader"), "GET", "/schemas/guids/" + secretGuid, null).text()).contains("Salary");
  }

  @Test
  void aGuidListsOnlyTheIdsOfReadableSubjects() {
    String sharedGuid = registry.send(basic("admin"), "GET", "/schemas/ids/" + sharedId, null).json().path("guid").asText();
    assertThat(registry.send(basic("dave"), "GET", "/schemas/guids/" + sharedGuid + "/ids", null).text())
        .isEqualTo("[{\"context\":\".\",\"id\":" + sharedId + "}]");
  }

  @Test
  void theSubjectHintNamesOnlyReadableSubjects() {
    Http.Answer hinted = registry.send(basic("dave"), "GET", "/schemas/ids/" + sharedId + "?subject=team-a.shared", null);
    assertThat(hinted.status()).isEqualTo(200);
    assertThat(hinted.text()).doesNotContain("team-a");
    assertThat(registry.send(basic("dave"), "GET", "/schemas/ids/" + sharedId + "/subjects", null).text())
        .isEqualTo("[\"team-b.shared\"]");
    assertThat(registry.send(basic("dave"), "GET", "/schemas/ids/" + sharedId + "/versions", null).text())
        .doesNotContain("team-a");
  }

  @Test
  void fetchMaxIdIsAnsweredOnlyToThoseWhoReadEverything() {
    assertThat(registry.send(basic("dave"), "GET", "/schemas/ids/" + ownId + "?fetchMaxId=true", null).json()
        .has("maxId")).isFalse();
    assertThat(registry.send(basic("reader"), "GET", "/schemas/ids/" + ownId + "?fetchMaxId=true", null).json()
        .path("maxId").asInt()).isGreaterThanOrEqualTo(ownId);
  }

  @Test
  void theSchemasListingShowsOnlyReadableSubjects() {
    assertThat(registry.send(basic("dave"), "GET", "/schemas", null).text())
        .contains("team-b.own").doesNotContain("team-a");
  }
}
