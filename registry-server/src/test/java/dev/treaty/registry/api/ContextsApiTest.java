package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Confluent's schema contexts: the {@code /contexts} listing, the {@code /contexts/{context}/...}
 * URL forms (the same endpoint on the qualified subject), listing one context's subjects,
 * deleting an emptied context, and ids per context (a named context numbers its own schemas).
 */
class ContextsApiTest extends ApiTest {

  private static final AtomicInteger CONTEXTS = new AtomicInteger();

  /** A context no other test uses, written as Confluent writes it in URLs ({@code .name}). */
  private static String context() {
    return ".ctx" + CONTEXTS.incrementAndGet();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void contextsListTheDefaultFirstThenEveryContextHoldingSubjects() {
    String context = context();
    registerId(":" + context + ":" + subject(), avro("Listed", "a"));

    List<String> contexts = texts(http.get("/contexts").json());
    assertThat(contexts.get(0)).isEqualTo(".");
    assertThat(contexts).contains(context);
  }

  @Test
  void registeringThroughTheContextUrlQualifiesTheSubject() {
    String context = context();
    String subject = subject();
    Http.Answer registered = http.post("/contexts/" + context + "/subjects/" + subject + "/versions", body(avro("InCtx", "a")));
    assertThat(registered.status()).isEqualTo(200);

    String qualified = ":" + context + ":" + subject;
    assertThat(http.get("/subjects/" + qualified + "/versions").json().toString()).isEqualTo("[1]");
    assertThat(http.get("/subjects/" + subject + "/versions").errorCode()).isEqualTo(40401);
    JsonNode version = http.get("/contexts/" + context + "/subjects/" + subject + "/versions/1").json();
    assertThat(version.path("subject").asText()).isEqualTo(qualified);
    // the context may be written without its dot, as Confluent accepts
    assertThat(http.get("/contexts/" + context.substring(1) + "/subjects/" + subject + "/versions/latest/schema").json()
        .path("name").asText()).isEqualTo("InCtx");
  }

  @Test
  void aPercentEncodedSubjectKeepsItsEncodingThroughTheContextUrl() {
    String context = context();
    // Protobuf imports are subjects with slashes, sent percent-encoded
    Http.Answer registered = http.post("/contexts/" + context + "/subjects/" + Http.encode("acme/money.proto") + "/versions",
        body(avro("Money", "a")));
    assertThat(registered.status()).isEqualTo(200);
    assertThat(texts(http.get("/contexts/" + context + "/subjects").json())).containsExactly(":" + context + ":acme/money.proto");
    assertThat(http.get("/subjects/" + Http.encode(":" + context + ":acme/money.proto") + "/versions").json().toString())
        .isEqualTo("[1]");
  }

  @Test
  void listingAContextShowsOnlyItsSubjectsQualified() {
    String context = context();
    String inside = subject();
    String outside = subject();
    registerId(":" + context + ":" + inside, avro("Inside", "a"));
    registerId(outside, avro("Outside", "a"));

    assertThat(texts(http.get("/contexts/" + context + "/subjects").json())).containsExactly(":" + context + ":" + inside);
    assertThat(texts(http.get("/subjects?subjectPrefix=:" + context + ":").json()))
        .containsExactly(":" + context + ":" + inside);
    JsonNode schemas = http.get("/contexts/" + context + "/schemas").json();
    assertThat(schemas.size()).isEqualTo(1);
    assertThat(schemas.get(0).path("subject").asText()).isEqualTo(":" + context + ":" + inside);
  }

  @Test
  void theDefaultContextHoldsTheUnqualifiedSubjectsOnly() {
    String context = context();
    String plain = subject();
    registerId(":" + context + ":" + subject(), avro("Elsewhere", "a"));
    Http.Answer registered = http.post("/contexts/./subjects/" + plain + "/versions", body(avro("Plain", "a")));
    assertThat(registered.status()).isEqualTo(200);

    List<String> listed = texts(http.get("/contexts/./subjects").json());
    assertThat(listed).contains(plain).noneMatch(name -> name.startsWith(":."));
    assertThat(texts(http.get("/subjects?subjectPrefix=:.:").json())).contains(plain).noneMatch(name -> name.startsWith(":."));
    // the offset counts the default context's subjects only
    List<String> all = texts(http.get("/subjects?subjectPrefix=:.:").json());
    assertThat(texts(http.get("/subjects?subjectPrefix=:.:&offset=1&limit=2").json())).isEqualTo(all.subList(1, Math.min(3, all.size())));
    // Confluent's default: every context
    assertThat(texts(http.get("/subjects").json())).contains(plain).anyMatch(name -> name.startsWith(":" + context + ":"));
  }

  @Test
  void schemaByIdThroughTheContextUrlAnswersWithTheContextsSubjects() {
    String context = context();
    String inside = ":" + context + ":" + subject();
    String outside = subject();
    int id = registerId(inside, avro("ById", "a"));

    Http.Answer found = http.get("/contexts/" + context + "/schemas/ids/" + id);
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().path("schema").asText()).contains("ById");
    assertThat(http.get("/contexts/" + context + "/schemas/ids/" + id + "/schema").json().path("name").asText())
        .isEqualTo("ById");
    assertThat(texts(http.get("/contexts/" + context + "/schemas/ids/" + id + "/subjects").json())).containsExactly(inside);
    assertThat(http.get("/contexts/" + context + "/schemas/ids/" + id + "/versions").json().get(0).path("subject").asText())
        .isEqualTo(inside);
    // the same schema in the default context has the default context's id, and each lists its own subjects
    int outsideId = registerId(outside, avro("ById", "a"));
    assertThat(texts(http.get("/schemas/ids/" + outsideId + "/subjects").json())).containsExactly(outside);
    assertThat(texts(http.get("/schemas/ids/" + id + "/subjects?subject=" + inside).json())).containsExactly(inside);
  }

  @Test
  void aNamedContextNumbersItsSchemasFromOneWhateverTheDefaultContextHolds() {
    String context = context();
    int inDefault = registerId(subject(), avro("Shared", "a"));
    registerId(subject(), avro("OnlyInDefault", "a"));

    int first = registerId(":" + context + ":" + subject(), avro("First", "a"));
    int shared = registerId(":" + context + ":" + subject(), avro("Shared", "a"));
    assertThat(first).isEqualTo(1);
    assertThat(shared).as("the context's own id for a schema the default context has too").isEqualTo(2);
    // one schema, one id within the context, whichever subject of it registers it
    assertThat(registerId(":" + context + ":" + subject(), avro("Shared", "a"))).isEqualTo(shared);

    assertThat(http.get("/contexts/" + context + "/schemas/ids/1").json().path("schema").asText()).contains("First");
    assertThat(http.get("/schemas/ids/1?subject=:" + context + ":anything").json().path("schema").asText()).contains("First");
    assertThat(http.get("/schemas/ids/" + inDefault).json().path("schema").asText()).contains("Shared");
    assertThat(http.get("/contexts/" + context + "/schemas/ids/3").errorCode()).isEqualTo(40403);
    // every answer that names the schema names it by its id in the version's context
    assertThat(http.get("/subjects/:" + context + ":" + "missing/versions").errorCode()).isEqualTo(40401);
    JsonNode listed = http.get("/schemas?subjectPrefix=:" + context + ":").json();
    listed.forEach(schema -> assertThat(schema.path("id").asInt()).isIn(1, 2));
    JsonNode guidIds = http.get("/schemas/guids/" + http.get("/schemas/ids/" + inDefault).json().path("guid").asText() + "/ids").json();
    assertThat(guidIds.toString())
        .contains("{\"context\":\".\",\"id\":" + inDefault + "}")
        .contains("{\"context\":\"" + context + "\",\"id\":2}");
  }

  @Test
  void anImportIntoAContextMayUseAnIdTheDefaultContextGaveAnotherSchema() {
    String context = context();
    int taken = registerId(subject(), avro("DefaultOwner", "a"));
    assertThat(http.put("/contexts/" + context + "/mode?force=true", "{\"mode\":\"IMPORT\"}").status()).isEqualTo(200);
    String linked = ":" + context + ":" + subject();

    Http.Answer imported = http.post("/subjects/" + linked + "/versions",
        Http.json(java.util.Map.of("schema", avro("Linked", "a"), "id", taken, "version", 1)));
    assertThat(imported.status()).isEqualTo(200);
    assertThat(imported.json().path("id").asInt()).isEqualTo(taken);
    assertThat(http.get("/schemas/ids/" + taken).json().path("schema").asText()).contains("DefaultOwner");
    assertThat(http.get("/contexts/" + context + "/schemas/ids/" + taken).json().path("schema").asText()).contains("Linked");
    assertThat(http.get("/subjects/" + linked + "/versions/1").json().path("id").asInt()).isEqualTo(taken);

    // within the context the id is taken: another schema may not have it
    Http.Answer clash = http.post("/subjects/:" + context + ":" + subject() + "/versions",
        Http.json(java.util.Map.of("schema", avro("Other", "a"), "id", taken)));
    assertThat(clash.errorCode()).isEqualTo(42205);
    // and the context's next own id comes after the imported one
    assertThat(http.put("/contexts/" + context + "/mode", "{\"mode\":\"READWRITE\"}").status()).isEqualTo(200);
    assertThat(registerId(":" + context + ":" + subject(), avro("AfterImport", "a"))).isEqualTo(taken + 1);
  }

  @Test
  void aLookupByIdWithoutContextFindsAnIdOnlyANamedContextHas() {
    String context = context();
    http.put("/contexts/" + context + "/mode?force=true", "{\"mode\":\"IMPORT\"}");
    int id = 1_500_000 + CONTEXTS.get();
    assertThat(http.post("/subjects/:" + context + ":" + subject() + "/versions",
        Http.json(java.util.Map.of("schema", avro("OnlyLinked", "a"), "id", id))).status()).isEqualTo(200);

    // Confluent looks in the other contexts when the default one has no such id
    assertThat(http.get("/schemas/ids/" + id).json().path("schema").asText()).contains("OnlyLinked");
    assertThat(http.get("/schemas/ids/-1").errorCode()).as("no id names a named context's stored row").isEqualTo(40403);
  }

  @Test
  void compatibilityThroughTheContextUrlChecksTheQualifiedSubject() {
    String context = context();
    String subject = subject();
    registerId(":" + context + ":" + subject, avro("Checked", "a"));

    Http.Answer checked = http.post("/contexts/" + context + "/compatibility/subjects/" + subject + "/versions/latest",
        body(avro("Checked", "a", "b")));
    assertThat(checked.status()).isEqualTo(200);
    assertThat(checked.json().path("is_compatible").asBoolean()).isFalse();
  }

  @Test
  void configAndModeThroughTheContextUrlAreTheContexts() {
    String context = context();
    String subject = subject();
    registerId(":" + context + ":" + subject, avro("Configured", "a"));

    assertThat(http.put("/contexts/" + context + "/config", "{\"compatibility\":\"NONE\"}").status()).isEqualTo(200);
    assertThat(http.get("/config/:" + context + ":").json().path("compatibilityLevel").asText()).isEqualTo("NONE");
    // the context's level now applies to its subjects: the breaking change passes
    assertThat(register(":" + context + ":" + subject, avro("Configured", "a", "b")).status()).isEqualTo(200);

    assertThat(http.put("/contexts/" + context + "/config/" + subject, "{\"compatibility\":\"FULL\"}").status())
        .isEqualTo(200);
    assertThat(http.get("/config/:" + context + ":" + subject).json().path("compatibilityLevel").asText()).isEqualTo("FULL");

    assertThat(http.put("/contexts/" + context + "/mode", "{\"mode\":\"READONLY\"}").status()).isEqualTo(200);
    assertThat(http.get("/mode/:" + context + ":").json().path("mode").asText()).isEqualTo("READONLY");
    assertThat(http.get("/contexts/" + context + "/mode").json().path("mode").asText()).isEqualTo("READONLY");
    assertThat(register(":" + context + ":" + subject, avro("Configured", "a", "b", "c")).errorCode()).isEqualTo(42205);
    assertThat(http.delete("/contexts/" + context + "/mode").status()).isEqualTo(200);
  }

  @Test
  void aContextWithSubjectsCannotBeDeletedUntilTheyAreDeletedPermanently() {
    String context = context();
    String subject = ":" + context + ":" + subject();
    registerId(subject, avro("Doomed", "a"));
    http.put("/config/:" + context + ":", "{\"compatibility\":\"NONE\"}");

    assertThat(http.delete("/contexts/" + context).errorCode()).isEqualTo(42205);
    http.delete("/subjects/" + subject);
    assertThat(http.delete("/contexts/" + context).errorCode()).isEqualTo(42205);
    http.delete("/subjects/" + subject + "?permanent=true");

    assertThat(http.delete("/contexts/" + context).status()).isEqualTo(204);
    assertThat(texts(http.get("/contexts").json())).doesNotContain(context);
    assertThat(http.get("/config/:" + context + ":").errorCode()).isEqualTo(40408);
  }

  @Test
  void theDefaultAndGlobalContextsCannotBeDeleted() {
    assertThat(http.delete("/contexts/.").errorCode()).isEqualTo(42205);
    assertThat(http.delete("/contexts/.__GLOBAL").errorCode()).isEqualTo(42205);
  }

  @Test
  void aContextUrlWithoutAnEndpointIsNotFound() {
    assertThat(http.get("/contexts/" + context() + "/nothing").status()).isEqualTo(404);
  }

  @Test
  void anUnqualifiedReferenceFromAContextIsToTheSubjectInThatContext() {
    String context = context();
    String address = subject();
    registerId(":" + context + ":" + address, avro("Address", "street"));
    // the default context's subject of the same name holds another schema, which must not be used
    registerId(address, avro("Address", "city"));
    String order = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"to\",\"type\":\"Address\"}]}";
    List<java.util.Map<String, Object>> references = List.of(java.util.Map.of("name", "Address", "subject", address, "version", 1));

    Http.Answer registered = http.post("/subjects/:" + context + ":" + subject() + "/versions", body("AVRO", order, references));
    assertThat(registered.status()).isEqualTo(200);
    int id = registered.json().path("id").asInt();
    JsonNode stored = http.get("/contexts/" + context + "/schemas/ids/" + id).json();
    assertThat(stored.path("references").get(0).path("subject").asText()).isEqualTo(":" + context + ":" + address);
    assertThat(http.get("/subjects/:" + context + ":" + address + "/versions/1/referencedby").json().toString())
        .isEqualTo("[" + id + "]");
    assertThat(http.get("/subjects/" + address + "/versions/1/referencedby").json().toString()).isEqualTo("[]");
    // the same through the context URL form
    assertThat(http.post("/contexts/" + context + "/subjects/" + subject() + "/versions", body("AVRO", order, references))
        .json().path("id").asInt()).isEqualTo(id);
  }

  @Test
  void aQualifiedReferenceReachesIntoAnotherContext() {
    String context = context();
    String address = ":" + context + ":" + subject();
    registerId(address, avro("Address", "street"));
    String order = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"to\",\"type\":\"Address\"}]}";

    Http.Answer registered = http.post("/subjects/" + subject() + "/versions",
        body("AVRO", order, List.of(java.util.Map.of("name", "Address", "subject", address, "version", 1))));
    assertThat(registered.status()).isEqualTo(200);
    assertThat(http.get("/schemas/ids/" + registered.json().path("id").asInt()).json().path("references").get(0)
        .path("subject").asText()).isEqualTo(address);
  }
}
