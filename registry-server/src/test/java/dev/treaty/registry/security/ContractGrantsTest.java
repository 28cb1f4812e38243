package dev.treaty.registry.security;

import static dev.treaty.registry.security.SecuredRegistry.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding 3: contracts and deployments. A writer limited to {@code team-b.*} (bob) may name in
 * contracts only subjects it may read (consumes) or write (produces), learns nothing of the others,
 * not even whether they exist, and may publish, deploy and undeploy only applications whose names
 * its grant covers.
 */
class ContractGrantsTest {

  private static final String SECRET = "{\"type\":\"record\",\"name\":\"Salary\",\"fields\":[{\"name\":\"amount\",\"type\":\"long\"}]}";
  private static final String ORDER = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
  private static SecuredRegistry registry;

  @BeforeAll
  static void start() {
    registry = SecuredRegistry.start(Map.of());
    registry.send(basic("admin"), "POST", "/subjects/team-a.secret/versions", Http.json(Map.of("schema", SECRET)));
    registry.send(basic("admin"), "POST", "/subjects/team-b.orders/versions", Http.json(Map.of("schema", ORDER)));
    registry.send(basic("admin"), "PUT", "/treaty/v1/environments/prod", "");
    publish("admin", "team-a.billing", List.of(), List.of(Map.of("subject", "team-b.orders", "version", 1)));
    deploy("admin", "team-a.billing");
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  private static Http.Answer publish(String user, String application, List<?> produces, List<?> consumes) {
    return registry.send(basic(user), "PUT", "/treaty/v1/applications/" + application + "/versions/1/contract",
        Http.json(Map.of("produces", produces, "consumes", consumes)));
  }

  private static Http.Answer deploy(String user, String application) {
    return registry.send(basic(user), "POST", "/treaty/v1/environments/prod/deployments",
        Http.json(Map.of("application", application, "version", "1")));
  }

  @Test
  void consumingAnotherTeamsSubjectIsRefusedWithoutItsSchemaAndAlikeWhetherItExists() {
    Http.Answer existing = publish("bob", "team-b.shop", List.of(), List.of(Map.of("subject", "team-a.secret", "version", 1)));
    Http.Answer latest = publish("bob", "team-b.shop", List.of(), List.of(Map.of("subject", "team-a.secret", "version", -1)));
    Http.Answer missing = publish("bob", "team-b.shop", List.of(), List.of(Map.of("subject", "team-a.nothing", "version", 1)));
    assertThat(existing.status()).isEqualTo(403);
    assertThat(latest.status()).isEqualTo(403);
    assertThat(existing.text()).doesNotContain("Salary");
    assertThat(missing.status()).isEqualTo(403);
    assertThat(missing.text().replace("team-a.nothing", "team-a.secret")).isEqualTo(existing.text());
  }

  @Test
  void producingIntoAnotherTeamsSubjectIsRefused() {
    Http.Answer answer = publish("bob", "team-b.shop", List.of(Map.of("subject", "team-a.secret", "schema", SECRET)), List.of());
    assertThat(answer.status()).isEqualTo(403);
  }

  @Test
  void aTeamPublishesAndDeploysItsOwnApplications() {
    assertThat(publish("bob", "team-b.shop", List.of(), List.of(Map.of("subject", "team-b.orders", "version", 1))).status())
        .isEqualTo(200);
    assertThat(deploy("bob", "team-b.shop").status()).isEqualTo(200);
    assertThat(registry.send(basic("bob"), "DELETE", "/treaty/v1/environments/prod/deployments/team-b.shop", null).status())
        .isEqualTo(200);
    assertThat(publish("bob", "team-a.shop", List.of(), List.of()).status()).isEqualTo(403);
  }

  /**
   * An AsyncAPI document copies in the schemas of every subject its contract names, and shows its
   * application: another team's is refused even when all its subjects are readable (AsyncApiGrantsTest).
   */
  @Test
  void anAsyncApiDocumentIsRefusedWhenItWouldShowASubjectTheCallerMayNotRead() {
    publish("admin", "team-b.payroll", List.of(), List.of(Map.of("subject", "team-a.secret", "version", 1)));
    Http.Answer refused = registry.send(basic("bob"), "GET", "/treaty/v1/applications/team-b.payroll/asyncapi?version=1", null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.text()).doesNotContain("Salary").doesNotContain("team-a");
    publish("admin", "team-b.invoices", List.of(), List.of(Map.of("subject", "team-b.orders", "version", 1)));
    Http.Answer readable = registry.send(basic("bob"), "GET", "/treaty/v1/applications/team-b.invoices/asyncapi?version=1", null);
    assertThat(readable.status()).isEqualTo(200);
    assertThat(readable.text()).contains("team-b.orders");
    assertThat(registry.send(basic("bob"), "GET", "/treaty/v1/applications/team-a.billing/asyncapi?version=1", null).status())
        .isEqualTo(403);
  }

  /**
   * A recorded can-i-deploy writes an event about the application and shows every pair, other
   * teams' subjects included: it takes a writer of the application who also reads everywhere, the
   * grants of a team's CI token. Refused callers record nothing.
   */
  @Test
  void aRecordedCanIDeployNeedsAWriterOfTheApplicationWhoReadsEverywhere() {
    publish("admin", "team-b.feed", List.of(Map.of("subject", "team-b.orders", "schema", ORDER)), List.of());
    Http.Answer token = registry.send(basic("admin"), "POST", "/treaty/v1/tokens",
        "{\"name\":\"team-b-deploys\",\"roles\":[\"reader\",\"writer:team-b.*\"]}");
    assertThat(token.status()).as(token.text()).isEqualTo(200);
    String ci = "Bearer " + token.json().path("token").asText();

    assertThat(askRecorded(basic("reader"), "team-b.feed").status()).isEqualTo(403);
    assertThat(askRecorded(basic("bob"), "team-b.feed").status()).isEqualTo(403);
    assertThat(askRecorded(ci, "team-a.billing").status()).isEqualTo(403);
    assertThat(registry.send(basic("reader"), "GET",
        "/treaty/v1/can-i-deploy?application=team-b.feed&version=1&environment=prod", null).status()).isEqualTo(200);
    Http.Answer recorded = askRecorded(ci, "team-b.feed");
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);

    Http.Answer events = registry.send(basic("admin"), "GET", "/treaty/v1/events/recent?type=CAN_I_DEPLOY_PASSED", null);
    assertThat(events.json()).singleElement().satisfies(event -> {
      assertThat(event.path("actor").asText()).isEqualTo("token:team-b-deploys");
      assertThat(event.path("detail").path("application").asText()).isEqualTo("team-b.feed");
    });
    assertThat(registry.send(basic("admin"), "GET", "/treaty/v1/events/recent?type=CAN_I_DEPLOY_FAILED", null).text())
        .isEqualTo("[]");
  }

  private static Http.Answer askRecorded(String authorization, String application) {
    return registry.send(authorization, "POST", "/treaty/v1/can-i-deploy",
        Http.json(Map.of("application", application, "version", "1", "environment", "prod")));
  }

  @Test
  void oneTeamCannotSwitchOffAnotherTeamsConsumerGate() {
    Http.Answer undeploy = registry.send(basic("bob"), "DELETE", "/treaty/v1/environments/prod/deployments/team-a.billing", null);
    assertThat(undeploy.status()).isEqualTo(403);
    assertThat(deploy("bob", "team-a.billing").status()).isEqualTo(403);
    assertThat(registry.send(basic("admin"), "GET", "/treaty/v1/environments/prod/deployments", null).text())
        .contains("team-a.billing");
  }
}
