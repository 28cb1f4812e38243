package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeletionApiTest extends ApiTest {

  @Test
  void softDeletedSubjectDisappearsFromListingsButStaysReadableById() {
    String subject = subject();
    int id = registerId(subject, avro("Soft", "a"));
    registerId(subject, avro("Soft", "a", "b=x"));

    assertThat(http.delete("/subjects/" + subject).json().toString()).isEqualTo("[1,2]");
    assertThat(http.get("/subjects").json().toString()).doesNotContain("\"" + subject + "\"");
    assertThat(http.get("/subjects?deleted=true").json().toString()).contains("\"" + subject + "\"");
    assertThat(http.get("/subjects?deletedOnly=true").json().toString()).contains("\"" + subject + "\"");
    assertThat(http.get("/subjects/" + subject + "/versions").errorCode()).isEqualTo(40401);
    assertThat(http.get("/subjects/" + subject + "/versions?deleted=true").json().toString()).isEqualTo("[1,2]");
    assertThat(http.get("/subjects/" + subject + "/versions?deletedAsNegative=true").json().toString()).isEqualTo("[-1,-2]");
    assertThat(http.get("/subjects/" + subject + "/versions/1").errorCode()).isEqualTo(40401);
    assertThat(http.get("/subjects/" + subject + "/versions/1?deleted=true").json().path("deleted").asBoolean()).isTrue();
    assertThat(http.get("/schemas/ids/" + id).status()).isEqualTo(200);
  }

  @Test
  void deletePreconditionsFollowConfluent() {
    String subject = subject();
    registerId(subject, avro("Pre", "a"));

    assertThat(http.delete("/subjects/" + subject + "?permanent=true").errorCode()).isEqualTo(40405);
    http.delete("/subjects/" + subject);
    assertThat(http.delete("/subjects/" + subject).errorCode()).isEqualTo(40404);
    assertThat(http.delete("/subjects/" + subject + "?permanent=true").json().toString()).isEqualTo("[1]");
    assertThat(http.delete("/subjects/" + subject).errorCode()).isEqualTo(40401);
  }

  @Test
  void versionDeletePreconditionsFollowConfluent() {
    String subject = subject();
    registerId(subject, avro("VPre", "a"));
    registerId(subject, avro("VPre", "a", "b=x"));

    assertThat(http.delete("/subjects/" + subject + "/versions/1?permanent=true").errorCode()).isEqualTo(40407);
    assertThat(http.delete("/subjects/" + subject + "/versions/1").text()).isEqualTo("1");
    assertThat(http.delete("/subjects/" + subject + "/versions/1").errorCode()).isEqualTo(40406);
    assertThat(http.delete("/subjects/" + subject + "/versions/1?permanent=true").text()).isEqualTo("1");
    assertThat(http.delete("/subjects/" + subject + "/versions/1").errorCode()).isEqualTo(40402);
    assertThat(http.delete("/subjects/" + subject + "/versions/latest").text()).isEqualTo("2");
    assertThat(http.delete("/subjects/" + subject + "/versions/x").errorCode()).isEqualTo(42202);
  }

  @Test
  void reRegisteringASoftDeletedSchemaKeepsItsIdWithANewVersion() {
    String subject = subject();
    int id = registerId(subject, avro("Back", "a"));
    http.delete("/subjects/" + subject);
    Http.Answer again = register(subject, avro("Back", "a"));

    assertThat(again.json().path("id").asInt()).isEqualTo(id);
    assertThat(again.json().path("version").asInt()).isEqualTo(2);
    assertThat(http.get("/subjects/" + subject + "/versions?deleted=true").json().toString()).isEqualTo("[2]");
  }

  @Test
  void versionNumbersComeBackAfterHardDeleteButIdsNever() {
    String subject = subject();
    int id = registerId(subject, avro("Gone", "a"));
    http.delete("/subjects/" + subject);
    http.delete("/subjects/" + subject + "?permanent=true");

    assertThat(http.get("/schemas/ids/" + id).errorCode()).isEqualTo(40403);
    Http.Answer again = register(subject, avro("Gone", "a"));
    assertThat(again.json().path("version").asInt()).isEqualTo(1);
    assertThat(again.json().path("id").asInt()).isGreaterThan(id);
  }

  @Test
  void referencedVersionsCannotBeDeletedAndReferencedByListsReferrers() {
    String base = subject();
    String user = subject();
    registerId(base, avro("Address", "street"));
    Http.Answer referring = http.post("/subjects/" + user + "/versions", body(
        "AVRO", avro("Customer", "name"), List.of(Map.of("name", "Address", "subject", base, "version", 1))));
    int referrer = referring.json().path("id").asInt();

    assertThat(http.get("/subjects/" + base + "/versions/1/referencedby").json().toString()).isEqualTo("[" + referrer + "]");
    assertThat(http.delete("/subjects/" + base + "/versions/1").errorCode()).isEqualTo(42206);
    assertThat(http.delete("/subjects/" + base).errorCode()).isEqualTo(42206);

    http.delete("/subjects/" + user);
    assertThat(http.get("/subjects/" + base + "/versions/1/referencedby").json().toString()).isEqualTo("[]");
    assertThat(http.delete("/subjects/" + base).status()).isEqualTo(200);
    assertThat(http.delete("/subjects/" + base + "?permanent=true").errorCode()).isEqualTo(42206);
  }

  @Test
  void referenceToAMissingVersionIs42201() {
    Http.Answer answer = http.post("/subjects/" + subject() + "/versions", body(
        "AVRO", avro("Dangling", "a"), List.of(Map.of("name", "Nope", "subject", subject(), "version", 1))));

    assertThat(answer.errorCode()).isEqualTo(42201);
  }

  @Test
  void referenceToLatestIsStoredWithItsConcreteVersion() {
    String base = subject();
    registerId(base, avro("Base", "a"));
    registerId(base, avro("Base", "a", "b=x"));
    String user = subject();
    http.post("/subjects/" + user + "/versions", body(
        "AVRO", avro("User", "a"), List.of(Map.of("name", "Base", "subject", base, "version", -1))));

    assertThat(http.get("/subjects/" + user + "/versions/1").json().path("references").get(0).path("version").asInt())
        .isEqualTo(2);
  }
}
