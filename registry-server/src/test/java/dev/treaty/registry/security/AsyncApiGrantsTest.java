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
 * An AsyncAPI document shows an application (its versions, deployments, owner and description) and
 * the schemas of the subjects its contract names. A reader limited to {@code team-b.*} (dave) reads
 * the documents of its own applications only, learns nothing of other teams' applications (not
 * even whether they exist or where they run), and a refusal names no subject it may not read.
 */
class AsyncApiGrantsTest {

  private static final String SECRET = "{\"type\":\"record\",\"name\":\"Salary\",\"fields\":[{\"name\":\"amount\",\"type\":\"long\"}]}";
  private static final String ORDER = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
  private static SecuredRegistry registry;

  @BeforeAll
  static void start() {
    registry = SecuredRegistry.start(Map.of());
    admin("POST", "/subjects/team-a.secret/versions", Http.json(Map.of("schema", SECRET)));
    admin("POST", "/subjects/team-b.orders/versions", Http.json(Map.of("schema", ORDER)));
    // a subject of team b whose schema refers to team a's
    admin("POST", "/subjects/team-b.payslip/versions", Http.json(Map.of(
        "schema", "{\"type\":\"record\",\"name\":\"Payslip\",\"fields\":[{\"name\":\"salary\",\"type\":\"Salary\"}]}",
        "references", List.of(Map.of("name", "Salary", "subject", "team-a.secret", "version", 1)))));
    // and one whose schema refers to team a's only through another of team b's
    admin("POST", "/subjects/team-b.payslip-lines/versions", Http.json(Map.of(
        "schema", "{\"type\":\"record\",\"name\":\"Lines\",\"fields\":[{\"name\":\"payslip\",\"type\":\"Payslip\"}]}",
        "references", List.of(Map.of("name", "Payslip", "subject", "team-b.payslip", "version", 1)))));
    admin("PUT", "/treaty/v1/environments/prod", "");
    consume("team-a.payroll", "team-a.secret");
    consume("team-a.billing", "team-b.orders");
    consume("team-b.shop", "team-b.orders");
    consume("team-b.hr", "team-b.payslip");
    consume("team-b.accounts", "team-b.payslip-lines");
    admin("POST", "/treaty/v1/environments/prod/deployments", Http.json(Map.of("application", "team-a.billing", "version", "1")));
    admin("PUT", "/treaty/v1/applications/team-a.billing", Http.json(Map.of("owner", "Team A", "description", "Bills")));
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  private static void admin(String method, String path, String body) {
    assertThat(registry.send(basic("admin"), method, path, body).status()).as(path).isEqualTo(200);
  }

  private static void consume(String application, String subject) {
    admin("PUT", "/treaty/v1/applications/" + application + "/versions/1/contract",
        Http.json(Map.of("produces", List.of(), "consumes", List.of(Map.of("subject", subject, "version", 1)))));
  }

  private static Http.Answer document(String user, String application, String query) {
    return registry.send(basic(user), "GET", "/treaty/v1/applications/" + application + "/asyncapi?" + query, null);
  }

  @Test
  void anotherTeamsApplicationIsRefusedAlikeWhetherItExistsRunsOrShowsOnlyReadableSubjects() {
    Http.Answer secret = document("dave", "team-a.payroll", "version=1");
    assertThat(secret.status()).isEqualTo(403);
    assertThat(secret.text()).doesNotContain("Salary").doesNotContain("team-a.secret");
    // a contract that names only dave's subjects still shows team a's application, owner and description
    for (String query : List.of("version=1", "version=2", "environment=prod", "environment=staging")) {
      assertThat(document("dave", "team-a.billing", query).text()).as(query).isEqualTo(secret.text().replace("payroll", "billing"));
    }
    assertThat(document("dave", "team-a.nothing", "version=1").text()).isEqualTo(secret.text().replace("payroll", "nothing"));
    assertThat(document("reader", "team-a.billing", "version=1").text()).contains("Bills");
  }

  @Test
  void aRefusalNamesNoSubjectTheCallerMayNotRead() {
    Http.Answer refused = document("dave", "team-b.hr", "version=1");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorCode()).isEqualTo(40301);
    assertThat(refused.text()).doesNotContain("team-a").doesNotContain("Salary");
  }

  /** The document copies in every schema referred to, references of references too. */
  @Test
  void aSchemaOfAnotherTeamReachedThroughReferencesOfReferencesIsNotShown() {
    Http.Answer refused = document("dave", "team-b.accounts", "version=1");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.text()).doesNotContain("team-a").doesNotContain("Salary");
    assertThat(document("reader", "team-b.accounts", "version=1").text()).contains("Salary");
  }

  @Test
  void aTeamReadsTheDocumentsOfItsOwnApplications() {
    Http.Answer own = document("dave", "team-b.shop", "version=1");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.text()).contains("team-b.orders").contains("Order");
    assertThat(document("dave", "team-b.shop", "version=2").status()).isEqualTo(404);
  }
}
