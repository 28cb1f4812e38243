package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.RuleCatalog;
import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ContractsApiTest extends ApiTest {

  private static final AtomicInteger NAMES = new AtomicInteger();

  static String name(String prefix) {
    return prefix + "-" + NAMES.incrementAndGet();
  }

  static Map<String, Object> entry(String subject, String schema) {
    return Map.of("subject", subject, "schema", schema);
  }

  static Http.Answer publish(String application, String version, List<?> produces, List<?> consumes) {
    return http.put("/treaty/v1/applications/" + application + "/versions/" + Http.encode(version) + "/contract",
        Http.json(Map.of("produces", produces, "consumes", consumes)));
  }

  static Http.Answer deploy(String environment, String application, String version) {
    return http.post("/treaty/v1/environments/" + environment + "/deployments",
        Http.json(Map.of("application", application, "version", version)));
  }

  @Test
  void publishedContractReadsBackSortedWithTypesFilledIn() {
    String app = name("orders");
    String a = subject();
    String b = subject();
    Http.Answer published = publish(app, "1.0.0+build.7", List.of(entry(b, avro("B", "x")), entry(a, avro("A", "y"))), List.of());
    assertThat(published.status()).isEqualTo(200);

    Http.Answer read = http.get("/treaty/v1/applications/" + app + "/versions/" + Http.encode("1.0.0+build.7") + "/contract");
    assertThat(read.json().path("application").asText()).isEqualTo(app);
    assertThat(read.json().path("version").asText()).isEqualTo("1.0.0+build.7");
    // Sorted by name: "subject-10" comes before "subject-9", so the expectation is sorted too.
    assertThat(read.json().path("produces").findValuesAsText("subject")).containsExactlyElementsOf(
        java.util.stream.Stream.of(a, b).sorted().toList());
    assertThat(read.json().path("produces").get(0).path("schemaType").asText()).isEqualTo("AVRO");
    assertThat(http.get("/treaty/v1/applications/" + app + "/versions").json().toString()).isEqualTo("[\"1.0.0+build.7\"]");
    assertThat(http.get("/treaty/v1/applications").text()).contains("\"" + app + "\"");
  }

  @Test
  void republishingTheSameContractIsANoOpAndDifferentContentIs409() {
    String app = name("billing");
    String s = subject();
    assertThat(publish(app, "1", List.of(entry(s, avro("R", "a"))), List.of()).status()).isEqualTo(200);
    assertThat(publish(app, "1", List.of(entry(s, avro("R", "a"))), List.of()).status()).isEqualTo(200);

    Http.Answer changed = publish(app, "1", List.of(entry(s, avro("R", "a", "b"))), List.of());
    assertThat(changed.status()).isEqualTo(409);
    assertThat(changed.errorCode()).isEqualTo(40920);
    assertThat(changed.json().path("message").asText()).contains("contracts are immutable");
    long published = events().stream().filter(e -> e.contains("CONTRACT_PUBLISHED") && e.contains(app)).count();
    assertThat(published).isEqualTo(1);
  }

  @Test
  void aRegisteredVersionIsCopiedIntoTheContract() {
    String s = subject();
    registerId(s, avro("Reg", "a"));
    registerId(s, avro("Reg", "a", "b=x"));
    String app = name("reader");
    Http.Answer published = publish(app, "2", List.of(), List.of(Map.of("subject", s, "version", -1)));
    assertThat(published.json().path("consumes").get(0).path("version").asInt()).isEqualTo(2);
    assertThat(published.json().path("consumes").get(0).path("schema").asText()).isEqualTo(avro("Reg", "a", "b=x"));
  }

  @Test
  void badContractsAreRefusedWithTheProblemNamed() {
    String s = subject();
    Http.Answer invalid = publish(name("bad"), "1", List.of(entry(s, "{\"type\":\"record\"")), List.of());
    assertThat(invalid.errorCode()).isEqualTo(42201);
    assertThat(invalid.json().path("message").asText()).startsWith("Invalid AVRO schema for subject " + s + ":");

    // a producer's examples are events it sends, so each must be valid under its own schema
    Http.Answer badExample = publish(name("bad"), "1", List.of(Map.of("subject", s, "schema", avro("E", "a"),
        "examples", List.of(Map.of("a", "x"), Map.of("b", "x")))), List.of());
    assertThat(badExample.status()).isEqualTo(422);
    assertThat(badExample.json().path("message").asText())
        .startsWith("Subject " + s + ": example 1 is not valid under the schema it is produced with: PAYLOAD_");

    Http.Answer twice = publish(name("bad"), "1", List.of(entry(s, avro("E", "a")), entry(s, avro("E", "a"))), List.of());
    assertThat(twice.json().path("message").asText()).isEqualTo("Subject " + s + " is produced twice");

    Http.Answer badName = publish("has%20space", "1", List.of(entry(s, avro("E", "a"))), List.of());
    assertThat(badName.status()).isEqualTo(422);
    assertThat(badName.json().path("message").asText()).startsWith("Invalid application name 'has space'");

    Http.Answer empty = publish(name("bad"), "1", List.of(), List.of());
    assertThat(empty.json().path("message").asText()).isEqualTo("A contract produces or consumes at least one subject");
  }

  @Test
  void deploymentsReplaceTheApplicationsVersionAndUndeploymentRemovesIt() {
    String env = name("staging");
    String app = name("svc");
    String s = subject();
    publish(app, "1", List.of(entry(s, avro("D", "a"))), List.of());
    publish(app, "2", List.of(entry(s, avro("D", "a", "b=x"))), List.of());

    assertThat(deploy(env, app, "3").status()).isEqualTo(404);
    assertThat(deploy(env, app, "1").json().path("version").asText()).isEqualTo("1");
    assertThat(deploy(env, app, "2").json().path("version").asText()).isEqualTo("2");
    assertThat(http.get("/treaty/v1/environments/" + env + "/deployments").json().findValuesAsText("version"))
        .containsExactly("2");
    assertThat(http.get("/treaty/v1/environments").text()).contains("\"" + env + "\"");

    assertThat(http.delete("/treaty/v1/environments/" + env + "/deployments/" + app + "?version=1").status()).isEqualTo(404);
    assertThat(http.delete("/treaty/v1/environments/" + env + "/deployments/" + app).json().path("version").asText())
        .isEqualTo("2");
    assertThat(http.get("/treaty/v1/environments/" + env + "/deployments").json().toString()).isEqualTo("[]");
    assertThat(events().stream().filter(e -> e.contains(env)).map(ContractsApiTest::typeOf).toList())
        .containsExactly("ENVIRONMENT_CREATED", "DEPLOYMENT_RECORDED", "DEPLOYMENT_RECORDED", "UNDEPLOYMENT_RECORDED");
  }

  @Test
  void canIDeployAnswersWithEveryPairAndItsFindings() {
    String env = name("prod");
    String producer = name("producer");
    String consumer = name("consumer");
    String s = subject();
    publish(producer, "1", List.of(entry(s, avro("P", "id"))), List.of());
    publish(consumer, "1", List.of(), List.of(entry(s, avro("P", "id", "email"))));
    http.put("/treaty/v1/environments/" + env, "");
    deploy(env, consumer, "1");

    Http.Answer answer = http.get("/treaty/v1/can-i-deploy?application=" + producer + "&version=1&environment=" + env);
    assertThat(answer.json().path("deployable").asBoolean()).isFalse();
    assertThat(answer.json().path("pairs").toString()).isEqualTo("[{\"subject\":\"" + s + "\",\"producer\":\"" + producer
        + "\",\"producerVersion\":\"1\",\"consumer\":\"" + consumer + "\",\"consumerVersion\":\"1\",\"compatible\":false,"
        + "\"findings\":[{\"ruleId\":\"READER_FIELD_MISSING_DEFAULT_VALUE\",\"path\":\"/fields/1\",\"message\":"
        + answer.json().path("pairs").get(0).path("findings").get(0).path("message").toString() + ",\"remedy\":"
        + answer.json().path("pairs").get(0).path("findings").get(0).path("remedy").toString() + "}]}]");

    Http.Answer latest = http.get("/treaty/v1/can-i-deploy?application=" + consumer + "&version=1&latest=true");
    assertThat(latest.json().path("deployable").asBoolean()).isFalse();
    assertThat(latest.json().path("environment").isMissingNode()).isTrue();

    assertThat(http.get("/treaty/v1/can-i-deploy?application=" + producer + "&version=1").status()).isEqualTo(422);
    assertThat(http.get("/treaty/v1/can-i-deploy?application=" + producer + "&version=1&environment=nowhere").status())
        .isEqualTo(404);
  }

  @Test
  void matrixJudgesEveryPairDeployedInTheEnvironment() {
    String env = name("qa");
    String producer = name("writer");
    String reader = name("reader");
    String s = subject();
    publish(producer, "1", List.of(entry(s, avro("M", "id"))), List.of());
    publish(reader, "1", List.of(), List.of(Map.of("subject", s, "schema", avro("M", "id"),
        "examples", List.of(Map.of("id", "a"), Map.of("id", 3)))));
    deploy(env, producer, "1");
    deploy(env, reader, "1");

    Http.Answer matrix = http.get("/treaty/v1/environments/" + env + "/matrix");
    assertThat(matrix.json().path("deployments").findValuesAsText("application")).containsExactly(reader, producer);
    assertThat(matrix.json().path("pairs").get(0).path("compatible").asBoolean()).isFalse();
    assertThat(matrix.json().path("pairs").get(0).path("findings").isMissingNode()).isTrue();
    assertThat(matrix.json().path("pairs").get(0).path("examples").toString())
        .startsWith("[{\"example\":1,\"ruleId\":\"PAYLOAD_TYPE_MISMATCH\",\"path\":\"/id\"");
  }

  @Test
  void gateRefusesASchemaADeployedConsumerCannotReadEvenWhenTheLevelAllowsIt() {
    String env = name("live");
    String consumer = name("audit");
    String s = subject();
    registerId(s, avro("G", "id", "name=n"));
    http.put("/config/" + s, "{\"compatibility\":\"NONE\"}");
    publish(consumer, "1", List.of(), List.of(entry(s, avro("G", "id", "name"))));
    deploy(env, consumer, "1");
    assertThat(http.put("/treaty/v1/subjects/" + s + "/contract-gate", "{\"environment\":\"" + env + "\"}").status())
        .isEqualTo(200);

    Http.Answer refused = register(s, avro("G", "id"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("incompatibilities").toString()).isEqualTo(
        "[{\"ruleId\":\"READER_FIELD_MISSING_DEFAULT_VALUE\",\"path\":\"/fields/1\",\"message\":"
            + refused.json().path("incompatibilities").get(0).path("message").toString() + ",\"direction\":\"FORWARD\","
            + "\"verdicts\":{\"FORWARD\":\"BREAKING\"},\"remedy\":"
            + refused.json().path("incompatibilities").get(0).path("remedy").toString() + "}]");
    assertThat(refused.json().path("incompatibilities").get(0).path("message").asText())
        .startsWith("Consumer " + consumer + " 1 deployed in " + env + ": ");

    http.delete("/treaty/v1/environments/" + env + "/deployments/" + consumer);
    assertThat(register(s, avro("G", "id")).status()).isEqualTo(200);
  }

  @Test
  void gateAllowsWhatTheLevelForbidsWhenNoDeployedConsumerIsAffectedAndRecordsTheOverride() {
    String env = name("live");
    String consumer = name("tolerant");
    String s = subject();
    registerId(s, avro("O", "id"));
    publish(consumer, "1", List.of(), List.of(entry(s, avro("O", "id"))));
    deploy(env, consumer, "1");
    http.put("/treaty/v1/subjects/" + s + "/contract-gate", "{\"environment\":\"" + env + "\"}");

    assertThat(register(s, avro("O", "id", "added")).status()).isEqualTo(200); // BACKWARD forbids it
    String override = events().stream().filter(e -> e.contains("CONTRACT_GATE_OVERRIDE") && e.contains(s)).findFirst().orElseThrow();
    assertThat(override).contains("\"consumers\":\"" + consumer + " 1\"", "\"environment\":\"" + env + "\"",
        "\"overruled\":\"READER_FIELD_MISSING_DEFAULT_VALUE\"");

    assertThat(http.get("/treaty/v1/subjects/" + s + "/contract-gate").json().path("environment").asText()).isEqualTo(env);
    http.delete("/treaty/v1/subjects/" + s + "/contract-gate");
    assertThat(register(s, avro("O", "id", "added", "more")).status()).isEqualTo(409);
  }

  @Test
  void aVersionLetInByAGateOverrideIsMarkedWithItsEventWhereverTheSubjectViewShowsIt() {
    String env = name("live");
    String consumer = name("lenient");
    String s = subject();
    registerId(s, avro("M", "id"));
    publish(consumer, "1", List.of(), List.of(entry(s, avro("M", "id"))));
    deploy(env, consumer, "1");
    http.put("/treaty/v1/subjects/" + s + "/contract-gate", "{\"environment\":\"" + env + "\"}");

    int id = registerId(s, avro("M", "id", "added")); // BACKWARD forbids it; the gate lets it in
    JsonNode event = events().stream().map(e -> new Http.Answer(200, "", e).json())
        .filter(e -> e.path("type").asText().equals("CONTRACT_GATE_OVERRIDE") && e.path("subject").asText().equals(s))
        .findFirst().orElseThrow();
    assertThat(event.path("version").asInt()).as("the event names the version it let in").isEqualTo(2);
    assertThat(event.path("schemaId").asInt()).isEqualTo(id);

    JsonNode versions = http.get("/treaty/v1/subjects/" + s).json().path("versions");
    assertThat(versions.get(0).has("gateOverride")).as("version 1 came in the usual way").isFalse();
    assertThat(versions.get(1).path("gateOverride").toString()).isEqualTo("{\"event\":" + event.path("id").asLong()
        + ",\"environment\":\"" + env + "\",\"consumers\":\"" + consumer + " 1\","
        + "\"overruled\":\"READER_FIELD_MISSING_DEFAULT_VALUE\"}");

    // A version allowed by the level itself is not marked, gate or not.
    registerId(s, avro("M", "id", "added", "more=m"));
    assertThat(http.get("/treaty/v1/subjects/" + s).json().path("versions").get(2).has("gateOverride")).isFalse();
  }

  @Test
  void thePermanentDeletionOfAnOverriddenVersionTakesItsMarkAlong() {
    String env = name("live");
    String consumer = name("gone");
    String s = subject();
    registerId(s, avro("P", "id"));
    publish(consumer, "1", List.of(), List.of(entry(s, avro("P", "id"))));
    deploy(env, consumer, "1");
    http.put("/treaty/v1/subjects/" + s + "/contract-gate", "{\"environment\":\"" + env + "\"}");
    registerId(s, avro("P", "id", "added"));
    http.delete("/treaty/v1/subjects/" + s + "/contract-gate");

    assertThat(http.delete("/subjects/" + s + "/versions/2").status()).isEqualTo(200);
    assertThat(http.delete("/subjects/" + s + "/versions/2?permanent=true").status()).isEqualTo(200);
    assertThat(register(s, avro("P", "id", "other=o")).status()).isEqualTo(200);

    JsonNode versions = http.get("/treaty/v1/subjects/" + s).json().path("versions");
    assertThat(versions.findValuesAsText("version")).containsExactly("1", "2");
    assertThat(versions.get(1).has("gateOverride")).as("the new version 2 came in the usual way").isFalse();
  }

  @Test
  void aFieldTheReaderDoesNotHaveInAConsumersExampleIsSkippedAsAvroSkipsIt() {
    String env = name("live");
    String consumer = name("examples");
    String s = subject();
    registerId(s, avro("X", "id", "note=n"));
    http.put("/config/" + s, "{\"compatibility\":\"NONE\"}");
    publish(consumer, "1", List.of(), List.of(Map.of("subject", s, "schema", avro("X", "id"),
        "examples", List.of(Map.of("id", "a", "note", "kept")))));
    deploy(env, consumer, "1");
    http.put("/treaty/v1/subjects/" + s + "/contract-gate", "{\"environment\":\"" + env + "\"}");

    assertThat(register(s, avro("X", "id")).status()).isEqualTo(200);
  }

  @Test
  void aJsonKeyTheConsumerDoesNotDeclareBreaksOnlyWhenTheConsumersSchemaClosesTheObject() {
    String env = name("live");
    String consumer = name("json-examples");
    String s = subject();
    String closed = "{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"id\":{\"type\":\"string\"}}}";
    assertThat(http.post("/subjects/" + s + "/versions", body("JSON", closed, List.of())).status()).isEqualTo(200);
    http.put("/config/" + s, "{\"compatibility\":\"NONE\"}");
    String open = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}";
    publish(consumer, "1", List.of(), List.of(Map.of("subject", s, "schemaType", "JSON", "schema", open,
        "examples", List.of(Map.of("id", "a", "note", "skipped")))));
    deploy(env, consumer, "1");
    http.put("/treaty/v1/subjects/" + s + "/contract-gate", "{\"environment\":\"" + env + "\"}");
    String closedWithName = "{\"type\":\"object\",\"additionalProperties\":false,"
        + "\"properties\":{\"id\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"}}}";

    assertThat(http.post("/subjects/" + s + "/versions", body("JSON", closedWithName, List.of())).status())
        .as("the open consumer skips `note`").isEqualTo(200);

    String closedConsumer = "{\"type\":\"object\",\"additionalProperties\":false,"
        + "\"properties\":{\"id\":{\"type\":\"string\"}}}";
    publish(consumer, "2", List.of(), List.of(Map.of("subject", s, "schemaType", "JSON", "schema", closedConsumer,
        "examples", List.of(Map.of("id", "a", "note", "refused")))));
    deploy(env, consumer, "2");
    String closedWithCode = "{\"type\":\"object\",\"additionalProperties\":false,"
        + "\"properties\":{\"id\":{\"type\":\"string\"},\"code\":{\"type\":\"string\"}}}";
    Http.Answer refused = http.post("/subjects/" + s + "/versions", body("JSON", closedWithCode, List.of()));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("incompatibilities").toString())
        .contains("PAYLOAD_INVALID").contains("extraneous key [note] is not permitted");
  }

  /** Check and register give one answer on a gated subject, worded as the gate's, not the level's. */
  @Test
  void aCheckOfAGatedSubjectAnswersWhatItsRegistrationAnswers() {
    String env = name("live");
    String consumer = name("examples");
    String s = subject();
    registerId(s, avro("X", "id"));
    publish(consumer, "1", List.of(), List.of(Map.of("subject", s, "schema", avro("X", "id"),
        "examples", List.of(Map.of("id", "a")))));
    deploy(env, consumer, "1");
    http.put("/treaty/v1/subjects/" + s + "/contract-gate", "{\"environment\":\"" + env + "\"}");
    String proposed = avro("X", "id", "code=c"); // BACKWARD allows it; the consumer's example lacks `code`

    Http.Answer checked = http.post("/compatibility/subjects/" + s + "/versions/latest?verbose=true", body(proposed));
    Http.Answer checkedAll = http.post("/compatibility/subjects/" + s + "/versions?verbose=true", body(proposed));
    Http.Answer refused = register(s, proposed);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("message").asText())
        .startsWith("Schema being registered for subject \"" + s + "\" is refused by the contract gate of environment " + env);
    assertThat(refused.json().path("judge").path("kind").asText()).isEqualTo("CONTRACT_GATE");
    JsonNode found = refused.json().path("incompatibilities").get(0);
    assertThat(found.path("ruleId").asText()).isEqualTo("PAYLOAD_MISSING_FIELD");
    assertThat(found.path("message").asText()).startsWith("Consumer " + consumer + " 1 deployed in " + env + ", example 0: ");
    assertThat(found.path("remedy").asText()).isNotBlank();
    for (Http.Answer check : List.of(checked, checkedAll)) {
      assertThat(check.status()).isEqualTo(200);
      assertThat(check.json().path("is_compatible").asBoolean()).isFalse();
      assertThat(check.json().path("judge")).isEqualTo(refused.json().path("judge"));
      assertThat(check.json().path("incompatibilities")).isEqualTo(refused.json().path("incompatibilities"));
      assertThat(check.json().path("messages").toString()).contains("{contractGate: '" + env + "'}");
    }
    assertThat(http.get("/subjects/" + s + "/versions").json()).hasSize(1);
  }

  @Test
  void gateNeedsAnExistingEnvironment() {
    Http.Answer answer = http.put("/treaty/v1/subjects/" + subject() + "/contract-gate", "{\"environment\":\"nowhere\"}");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().path("message").asText()).isEqualTo("Environment nowhere not found");
  }

  @Test
  void jsonSchemaPairsAgreeOnlyWhenEveryProducedDocumentIsValidForTheConsumer() {
    String producer = name("json-writer");
    String tolerant = name("json-tolerant");
    String strict = name("json-strict");
    String s = subject();
    String written = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}},\"required\":[\"id\"]}";
    String readsId = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}";
    String needsAge = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},"
        + "\"age\":{\"type\":\"integer\"}},\"required\":[\"id\",\"age\"]}";
    publish(producer, "1", List.of(Map.of("subject", s, "schemaType", "JSON", "schema", written)), List.of());
    publish(tolerant, "1", List.of(), List.of(Map.of("subject", s, "schemaType", "JSON", "schema", readsId)));
    publish(strict, "1", List.of(), List.of(Map.of("subject", s, "schemaType", "JSON", "schema", needsAge)));

    Http.Answer answer = http.get("/treaty/v1/can-i-deploy?application=" + producer + "&version=1&latest=true");
    assertThat(answer.json().path("pairs").findValuesAsText("consumer")).containsExactly(strict, tolerant);
    assertThat(answer.json().path("pairs").findValuesAsText("compatible")).containsExactly("false", "true");
    assertThat(answer.json().path("pairs").get(0).path("findings").findValuesAsText("ruleId")).isNotEmpty();
  }

  @Test
  void protobufPairsAreJudgedByTheWireRules() {
    String producer = name("proto-writer");
    String renamed = name("proto-renamed");
    String retyped = name("proto-retyped");
    String s = subject();
    String written = "syntax = \"proto3\";\npackage shop;\nmessage Order {\n  string id = 1;\n  int64 cents = 2;\n}\n";
    String otherNames = "syntax = \"proto3\";\npackage shop;\nmessage Order {\n  string key = 1;\n  int64 amount = 2;\n}\n";
    String otherType = "syntax = \"proto3\";\npackage shop;\nmessage Order {\n  string id = 1;\n  string cents = 2;\n}\n";
    publish(producer, "1", List.of(Map.of("subject", s, "schemaType", "PROTOBUF", "schema", written)), List.of());
    publish(renamed, "1", List.of(), List.of(Map.of("subject", s, "schemaType", "PROTOBUF", "schema", otherNames)));
    publish(retyped, "1", List.of(), List.of(Map.of("subject", s, "schemaType", "PROTOBUF", "schema", otherType)));

    Http.Answer answer = http.get("/treaty/v1/can-i-deploy?application=" + producer + "&version=1&latest=true");
    assertThat(answer.json().path("pairs").findValuesAsText("consumer")).containsExactly(renamed, retyped);
    assertThat(answer.json().path("pairs").findValuesAsText("compatible")).containsExactly("true", "false");
    assertThat(answer.json().path("pairs").get(1).path("findings").get(0).path("location").asText()).contains(":5:");
  }

  @Test
  void aConsumerOfAnotherFormatNeverAgrees() {
    String producer = name("avro-writer");
    String consumer = name("json-reader");
    String s = subject();
    publish(producer, "1", List.of(entry(s, avro("F", "id"))), List.of());
    publish(consumer, "1", List.of(), List.of(Map.of("subject", s, "schemaType", "JSON", "schema", "{\"type\":\"object\"}",
        "examples", List.of(Map.of("id", "x")))));

    Http.Answer answer = http.get("/treaty/v1/can-i-deploy?application=" + consumer + "&version=1&latest=true");
    assertThat(answer.json().path("pairs").get(0).path("findings").toString()).isEqualTo(
        "[{\"ruleId\":\"SCHEMA_TYPE_CHANGED\",\"message\":\"The schema type changed from AVRO to JSON.\",\"remedy\":\""
            + RuleCatalog.SCHEMA_TYPE_CHANGED.remedy() + "\"}]");
    assertThat(answer.json().path("pairs").get(0).path("examples").isMissingNode()).isTrue();
  }

  @Test
  void partiesOfASubjectAreTheLatestAndTheDeployedVersions() {
    String env = name("parties-env");
    String writer = name("p-writer");
    String reader = name("p-reader");
    String s = subject();
    publish(writer, "1", List.of(entry(s, avro("P", "id"))), List.of());
    publish(writer, "2", List.of(entry(s, avro("P", "id"))), List.of());
    publish(writer, "3", List.of(), List.of(entry(subject(), avro("P", "id"))));
    publish(reader, "1", List.of(), List.of(entry(s, avro("P", "id"))));
    deploy(env, writer, "1");

    assertThat(http.get("/treaty/v1/subjects/" + s + "/parties").json().toString()).isEqualTo("{\"subject\":\"" + s
        + "\",\"producers\":[{\"application\":\"" + writer + "\",\"version\":\"1\",\"latest\":false,\"environments\":[\""
        + env + "\"]}],\"consumers\":[{\"application\":\"" + reader + "\",\"version\":\"1\",\"latest\":true}]}");
  }

  @Test
  void eachPairNamesTheRegisteredSchemaVersionOfEachSide() {
    String s = subject();
    registerId(s, avro("V", "id"));
    registerId(s, avro("V", "id", "note=n"));
    String producer = name("v-writer");
    String byNumber = name("v-by-number");
    String byText = name("v-by-text");
    String unregistered = name("v-unregistered");
    publish(producer, "1", List.of(Map.of("subject", s, "version", 2)), List.of());
    publish(byNumber, "1", List.of(), List.of(Map.of("subject", s, "version", 1)));
    publish(byText, "1", List.of(), List.of(entry(s, avro("V", "id", "note=n"))));
    publish(unregistered, "1", List.of(), List.of(entry(s, avro("V", "id", "other=o"))));

    JsonNode pairs = http.get("/treaty/v1/can-i-deploy?application=" + producer + "&version=1&latest=true").json().path("pairs");
    List<String> met = new java.util.ArrayList<>();
    pairs.forEach(pair -> met.add(pair.path("consumer").asText() + " " + pair.path("producerSchemaVersion").asText()
        + "->" + pair.path("consumerSchemaVersion").asText("none")));
    assertThat(met).containsExactlyInAnyOrder(byNumber + " 2->1", byText + " 2->2", unregistered + " 2->none");
    assertThat(pairs.findValues("consumerSchemaVersion")).hasSize(2); // null is left out, as other absent values are

    // reading a contract says the same of each entry (a reader may not look schemas up itself)
    assertThat(registeredVersion(byText)).isEqualTo("2");
    assertThat(registeredVersion(byNumber)).isEqualTo("1");
    assertThat(registeredVersion(unregistered)).isEqualTo("none");
  }

  private static String registeredVersion(String consumer) {
    return http.get("/treaty/v1/applications/" + consumer + "/versions/1/contract").json()
        .path("consumes").get(0).path("registeredVersion").asText("none");
  }

  @Test
  void partiesSayWhichSchemaVersionTheyUseAndWhetherTheyAgreeWithTheLatest() {
    String s = subject();
    registerId(s, avro("A", "id"));
    registerId(s, avro("A", "id", "note=n"));
    String current = name("a-current");
    String old = name("a-old");
    String strict = name("a-strict");
    publish(current, "1", List.of(entry(s, avro("A", "id", "note=n"))), List.of());
    // reads version 1: Avro skips the field it does not know, so it still reads what version 2 writes
    publish(old, "1", List.of(), List.of(Map.of("subject", s, "version", 1)));
    // needs a field the latest version does not write, without a default
    publish(strict, "1", List.of(), List.of(entry(s, avro("A", "id", "code"))));

    JsonNode parties = http.get("/treaty/v1/subjects/" + s + "/parties").json();
    assertThat(parties.path("latestVersion").asInt()).isEqualTo(2);
    assertThat(parties.path("producers").get(0).path("schemaVersion").asInt()).isEqualTo(2);
    assertThat(parties.path("producers").get(0).path("agreesWithLatest").asBoolean()).isTrue();
    Map<String, String> consumers = new java.util.TreeMap<>();
    parties.path("consumers").forEach(party -> consumers.put(party.path("application").asText(),
        party.path("schemaVersion").asText("none") + " " + party.path("agreesWithLatest").asBoolean()));
    assertThat(consumers).containsExactlyInAnyOrderEntriesOf(Map.of(old, "1 true", strict, "none false"));
  }

  @Test
  void malformedBodiesAreRefusedBeforeAnythingIsStored() {
    String app = name("malformed");
    String path = "/treaty/v1/applications/" + app + "/versions/1/contract";
    assertThat(http.put(path, "{not json").status()).isEqualTo(400);
    assertThat(http.put(path, "").errorCode()).isEqualTo(422);
    assertThat(http.put(path, "{\"produces\":\"orders\"}").status()).isEqualTo(400);
    assertThat(http.put(path, "{\"produces\":[null]}").json().path("message").asText())
        .isEqualTo("Every produced and consumed entry needs a subject");
    assertThat(http.put(path, "{\"consumes\":[{\"subject\":\"s\"}]}").json().path("message").asText())
        .isEqualTo("Subject s: give a schema or a registered version");
    assertThat(http.put(path, "{\"consumes\":[{\"subject\":\"nowhere-" + app + "\",\"version\":1}]}").errorCode())
        .isEqualTo(40401);
    assertThat(http.post("/treaty/v1/environments/e/deployments", "{\"application\":\"" + app + "\"}").errorCode())
        .isEqualTo(422);
    assertThat(http.get("/treaty/v1/applications/" + app + "/versions").status()).isEqualTo(404);
  }

  @Test
  void concurrentPublicationsAndDeploymentsOfTheSameThingAllSucceedOnce() throws Exception {
    String app = name("racer");
    String env = name("race-env");
    String s = subject();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> publications = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        publications.add(pool.submit(() -> publish(app, "1", List.of(entry(s, avro("Race", "a"))), List.of()).status()));
      }
      for (java.util.concurrent.Future<Integer> status : publications) {
        assertThat(status.get()).isEqualTo(200);
      }
      List<java.util.concurrent.Future<Integer>> deployments = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        deployments.add(pool.submit(() -> deploy(env, app, "1").status()));
      }
      for (java.util.concurrent.Future<Integer> status : deployments) {
        assertThat(status.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(events().stream().filter(e -> e.contains("CONTRACT_PUBLISHED") && e.contains(app))).hasSize(1);
    assertThat(events().stream().filter(e -> e.contains("ENVIRONMENT_CREATED") && e.contains(env))).hasSize(1);
    assertThat(http.get("/treaty/v1/environments/" + env + "/deployments").json()).hasSize(1);
  }

  private static List<String> events() {
    Http.Answer answer = http.get("/treaty/v1/events?limit=1000");
    return java.util.stream.StreamSupport.stream(answer.json().spliterator(), false).map(Object::toString).toList();
  }

  private static String typeOf(String event) {
    return new Http.Answer(200, "", event).json().path("type").asText();
  }
}
