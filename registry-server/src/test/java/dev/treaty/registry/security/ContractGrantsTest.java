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

  /** An AsyncAPI document copies in the schemas of every subject its contract names. */
  @Test
  void anAsyncApiDocumentIsRefusedWhenItWouldShowASubjectTheCallerMayNotRead() {
    publish("admin", "team-a.payroll", List.of(), List.of(Map.of("subject", "team-a.secret", "version", 1)));
    Http.Answer refused = registry.send(basic("bob"), "GET", "/treaty/v1/applications/team-a.payroll/asyncapi?version=1", null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.text()).doesNotContain("Salary");
    Http.Answer readable = registry.send(basic("bob"), "GET", "/treaty/v1/applications/team-a.billing/asyncapi?version=1", null);
    assertThat(readable.status()).isEqualTo(200);
    assertThat(readable.text()).contains("team-b.orders");
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
