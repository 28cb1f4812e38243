package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModeApiTest extends ApiTest {

  private static final String GLOBAL_CONTEXT = "/mode/" + Http.encode(":.__GLOBAL:");

  @AfterEach
  void resetGlobalModes() {
    http.delete("/mode?recursive=true");
    http.delete(GLOBAL_CONTEXT);
  }

  @Test
  void globalModeDefaultsToReadWrite() {
    assertThat(http.get("/mode").json().toString()).isEqualTo("{\"mode\":\"READWRITE\"}");
  }

  @Test
  void readOnlyRefusesNewSchemasButReturnsExistingOnes() {
    String subject = subject();
    int id = registerId(subject, avro("Frozen", "a"));
    assertThat(http.put("/mode/" + subject, "{\"mode\":\"readonly\"}").json().toString())
        .isEqualTo("{\"mode\":\"readonly\"}");

    assertThat(register(subject, avro("Frozen", "a")).json().path("id").asInt()).isEqualTo(id);
    Http.Answer refused = register(subject, avro("Frozen", "a", "b=x"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.errorCode()).isEqualTo(42205);
    assertThat(http.delete("/subjects/" + subject).errorCode()).isEqualTo(42205);
    assertThat(http.put("/config/" + subject, "{\"compatibility\":\"NONE\"}").errorCode()).isEqualTo(42205);
    assertThat(http.delete("/mode/" + subject).json().toString()).isEqualTo("{\"mode\":\"READONLY\"}");
  }

  @Test
  void subjectWithoutOwnModeIs40409UnlessDefaultToGlobal() {
    String subject = subject();
    assertThat(http.get("/mode/" + subject).errorCode()).isEqualTo(40409);
    assertThat(http.get("/mode/" + subject + "?defaultToGlobal=true").json().toString())
        .isEqualTo("{\"mode\":\"READWRITE\"}");
    assertThat(http.delete("/mode/" + subject).errorCode()).isEqualTo(40401);
  }

  @Test
  void invalidModeIs42204() {
    Http.Answer answer = http.put("/mode", "{\"mode\":\"SOMETIMES\"}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errorCode()).isEqualTo(42204);
  }

  @Test
  void registeringWithAnIdOutsideImportIs42205() {
    Http.Answer answer = http.post("/subjects/" + subject() + "/versions",
        Http.json(Map.of("schema", avro("Id", "a"), "id", 5000)));
    assertThat(answer.errorCode()).isEqualTo(42205);
  }

  @Test
  void importModeTakesExplicitIdsAndVersionsAndSkipsCompatibility() {
    String subject = subject();
    http.put("/mode/" + subject, "{\"mode\":\"IMPORT\"}");

    assertThat(register(subject, avro("Imported", "a")).errorCode()).isEqualTo(42205);
    assertThat(http.post("/subjects/" + subject + "/versions",
        Http.json(Map.of("schema", avro("Imported", "a"), "id", -1))).errorCode()).isEqualTo(42205);
    Http.Answer first = http.post("/subjects/" + subject + "/versions",
        Http.json(Map.of("schema", avro("Imported", "a"), "id", 7001, "version", 3)));
    assertThat(first.json().path("id").asInt()).isEqualTo(7001);
    assertThat(first.json().path("version").asInt()).isEqualTo(3);
    Http.Answer incompatible = http.post("/subjects/" + subject + "/versions",
        Http.json(Map.of("schema", avro("Imported", "a", "b"), "id", 7002)));
    assertThat(incompatible.json().path("version").asInt()).isEqualTo(4);
    Http.Answer taken = http.post("/subjects/" + subject + "/versions",
        Http.json(Map.of("schema", avro("Imported", "z"), "id", 7001)));
    assertThat(taken.errorCode()).isEqualTo(42205);

    http.put("/mode/" + subject, "{\"mode\":\"READWRITE\"}");
    assertThat(registerId(subject(), avro("AfterImport", "q"))).isGreaterThan(7002);
  }

  @Test
  void switchingToImportIsRefusedWhileLiveSchemasExistUnlessForced() {
    String subject = subject();
    registerId(subject, avro("Live", "a"));

    assertThat(http.put("/mode/" + subject, "{\"mode\":\"IMPORT\"}").errorCode()).isEqualTo(42205);
    assertThat(http.put("/mode/" + subject + "?force=true", "{\"mode\":\"IMPORT\"}").status()).isEqualTo(200);
  }

  @Test
  void forwardModeIsSetOnTheGlobalContextOnly() {
    Http.Answer onGlobal = http.put("/mode", "{\"mode\":\"FORWARD\"}");
    assertThat(onGlobal.status()).isEqualTo(422);
    assertThat(onGlobal.errorCode()).isEqualTo(42204);
    assertThat(onGlobal.json().path("message").asText()).isEqualTo("Forward mode only supported on global level");
    assertThat(http.put("/mode/" + subject(), "{\"mode\":\"FORWARD\"}").errorCode()).isEqualTo(42204);

    assertThat(http.put(GLOBAL_CONTEXT, "{\"mode\":\"FORWARD\"}").json().toString())
        .isEqualTo("{\"mode\":\"FORWARD\"}");
    assertThat(http.get(GLOBAL_CONTEXT).json().toString()).isEqualTo("{\"mode\":\"FORWARD\"}");
    assertThat(http.get("/mode").json().toString()).isEqualTo("{\"mode\":\"READWRITE\"}");
    assertThat(http.get("/mode?defaultToGlobal=true").json().toString()).isEqualTo("{\"mode\":\"FORWARD\"}");
    assertThat(http.get("/mode/" + subject() + "?defaultToGlobal=true").json().toString())
        .isEqualTo("{\"mode\":\"FORWARD\"}");
  }

  @Test
  void forwardModeTakesRegistrationsWithIdsAndSkipsCompatibilityLikeImport() {
    String subject = subject();
    registerId(subject, avro("Forwarded", "a"));
    http.put(GLOBAL_CONTEXT, "{\"mode\":\"FORWARD\"}");

    Http.Answer withoutId = register(subject, avro("Forwarded", "a", "b=x"));
    assertThat(withoutId.errorCode()).isEqualTo(42205);
    assertThat(withoutId.json().path("message").asText()).contains("not in read-write mode");
    Http.Answer incompatible = http.post("/subjects/" + subject + "/versions",
        Http.json(Map.of("schema", avro("Forwarded", "a", "b"), "id", 7101, "version", 5)));
    assertThat(incompatible.status()).isEqualTo(200);
    assertThat(incompatible.json().path("id").asInt()).isEqualTo(7101);
    assertThat(incompatible.json().path("version").asInt()).isEqualTo(5);

    // The global mode (default context) comes before the global context's, as does a subject's.
    http.put("/mode/" + subject, "{\"mode\":\"READWRITE\"}");
    assertThat(register(subject, avro("Forwarded", "a", "b", "c=x")).status()).isEqualTo(200);
    http.put("/mode", "{\"mode\":\"READWRITE\"}");
    assertThat(register(subject(), avro("Plain", "a")).status()).isEqualTo(200);
  }

  @Test
  void deletingTheGlobalModeRecursivelyRemovesEverySubjectsModeButNotTheGlobalContexts() {
    String readOnly = subject();
    String readWrite = subject();
    http.put("/mode/" + readOnly, "{\"mode\":\"READONLY\"}");
    http.put("/mode/" + readWrite, "{\"mode\":\"READWRITE\"}");
    http.put("/mode", "{\"mode\":\"READONLY\"}");
    http.put(GLOBAL_CONTEXT + "?force=true", "{\"mode\":\"IMPORT\"}");

    assertThat(http.delete("/mode?recursive=true").json().toString()).isEqualTo("{\"mode\":\"READONLY\"}");
    assertThat(http.get("/mode/" + readOnly).errorCode()).isEqualTo(40409);
    assertThat(http.get("/mode/" + readWrite).errorCode()).isEqualTo(40409);
    assertThat(http.get(GLOBAL_CONTEXT).json().toString()).isEqualTo("{\"mode\":\"IMPORT\"}");
    assertThat(http.get("/mode?defaultToGlobal=true").json().toString()).isEqualTo("{\"mode\":\"IMPORT\"}");
    assertThat(http.delete(GLOBAL_CONTEXT).json().toString()).isEqualTo("{\"mode\":\"IMPORT\"}");
    assertThat(http.get("/mode?defaultToGlobal=true").json().toString()).isEqualTo("{\"mode\":\"READWRITE\"}");
  }

  @Test
  void deletingTheGlobalModeWithoutRecursionLeavesSubjectModes() {
    String subject = subject();
    http.put("/mode/" + subject, "{\"mode\":\"READONLY\"}");

    assertThat(http.delete("/mode").json().toString()).isEqualTo("{\"mode\":\"READWRITE\"}");
    assertThat(http.get("/mode/" + subject).json().toString()).isEqualTo("{\"mode\":\"READONLY\"}");
  }

  @Test
  void deletingASubjectsModeRecursivelyIsNoErrorWhenItHasNone() {
    String subject = subject();
    Http.Answer answer = http.delete("/mode/" + subject + "?recursive=true");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().toString()).isEqualTo("{}");
    assertThat(http.delete("/mode/" + subject).errorCode()).isEqualTo(40401);
  }

  /** Confluent's scopes: a qualified subject gets its context's mode, never the default context's global one. */
  @Test
  void aContextsModeAppliesToItsSubjectsAndTheGlobalModeDoesNot() {
    String context = ":.m-" + subject() + ":";
    String inContext = context + "orders";
    String outside = subject();
    registerId(inContext, avro("InContext", "a"));
    http.put("/mode/" + Http.encode(context), "{\"mode\":\"READONLY\"}");

    assertThat(register(inContext, avro("InContext", "a", "b=x")).errorCode()).isEqualTo(42205);
    assertThat(http.get("/mode/" + Http.encode(inContext) + "?defaultToGlobal=true").json().toString())
        .isEqualTo("{\"mode\":\"READONLY\"}");
    assertThat(register(outside, avro("Outside", "a")).status()).isEqualTo(200);

    http.delete("/mode/" + Http.encode(context));
    http.put("/mode", "{\"mode\":\"READONLY\"}");
    assertThat(register(inContext, avro("InContext", "a", "b=x")).status()).isEqualTo(200);
    assertThat(register(outside, avro("Outside", "a", "b=x")).errorCode()).isEqualTo(42205);
  }

  @Test
  void deletingAContextsModeRecursivelyRemovesItsSubjectsModesOnly() {
    String context = ":.r-" + subject() + ":";
    String inContext = context + "orders";
    String outside = subject();
    http.put("/mode/" + Http.encode(context), "{\"mode\":\"READONLY\"}");
    http.put("/mode/" + Http.encode(inContext), "{\"mode\":\"READWRITE\"}");
    http.put("/mode/" + outside, "{\"mode\":\"READONLY\"}");

    assertThat(http.delete("/mode/" + Http.encode(context) + "?recursive=true").json().toString())
        .isEqualTo("{\"mode\":\"READONLY\"}");
    assertThat(http.get("/mode/" + Http.encode(context)).errorCode()).isEqualTo(40409);
    assertThat(http.get("/mode/" + Http.encode(inContext)).errorCode()).isEqualTo(40409);
    assertThat(http.get("/mode/" + outside).json().toString()).isEqualTo("{\"mode\":\"READONLY\"}");
    http.put("/mode/" + Http.encode(inContext), "{\"mode\":\"READONLY\"}");
    http.delete("/mode?recursive=true");
    assertThat(http.get("/mode/" + outside).errorCode()).isEqualTo(40409);
    assertThat(http.get("/mode/" + Http.encode(inContext)).json().toString()).isEqualTo("{\"mode\":\"READONLY\"}");
  }
}
