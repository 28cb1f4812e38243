package dev.treaty.registry.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Backend;
import dev.treaty.registry.Http;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.TestRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two server processes' worth of nodes on one PostgreSQL, registering from many threads at once:
 * no id or version is ever given to two schemas, nothing acknowledged is lost, configs agree.
 */
class TwoNodesTest {

  private static final int THREADS = 8;
  private static final int REGISTRATIONS_PER_THREAD = 25;

  private static TestRegistry first;
  private static TestRegistry second;

  record Acknowledged(String subject, String schema, int id, int version) {}

  @BeforeAll
  static void startTwoNodes() {
    ServerConfig shared = ServerConfig.defaults().withDatabase(Backend.POSTGRES.freshDatabaseUrl(), null, null);
    first = TestRegistry.on(shared);
    second = TestRegistry.on(shared);
  }

  @AfterAll
  static void stopNodes() {
    first.close();
    second.close();
  }

  @Test
  void concurrentRegistrationsOnTwoNodesNeverCollideOrGetLost() throws Exception {
    assertThat(first.http().put("/config", "{\"compatibility\":\"NONE\"}").status()).isEqualTo(200);
    assertThat(second.http().get("/config").json().path("compatibilityLevel").asText()).isEqualTo("NONE");

    List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Http node = (t % 2 == 0 ? first : second).http();
      int thread = t;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < REGISTRATIONS_PER_THREAD; i++) {
          String subject = "shared-" + ((thread + i) % 3);
          // a small pool of schemas, so that threads race on the same schema and subject
          String schema = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"f" + ((thread * 7 + i) % 20)
              + "\",\"type\":\"string\"}]}";
          Http.Answer answer = node.post("/subjects/" + subject + "/versions", Http.json(Map.of("schema", schema)));
          assertThat(answer.status()).as(answer.text()).isEqualTo(200);
          JsonNode json = answer.json();
          acknowledged.add(new Acknowledged(subject, schema, json.path("id").asInt(), json.path("version").asInt()));
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();

    Map<String, Integer> idBySchema = new HashMap<>();
    Map<Integer, String> schemaById = new HashMap<>();
    Map<String, Integer> idBySubjectVersion = new HashMap<>();
    Map<String, Set<String>> schemasBySubject = new HashMap<>();
    for (Acknowledged ack : acknowledged) {
      assertThat(idBySchema.putIfAbsent(ack.schema(), ack.id())).isIn(null, ack.id());
      assertThat(schemaById.putIfAbsent(ack.id(), ack.schema())).isIn(null, ack.schema());
      assertThat(idBySubjectVersion.putIfAbsent(ack.subject() + "/" + ack.version(), ack.id())).isIn(null, ack.id());
      schemasBySubject.computeIfAbsent(ack.subject(), s -> new HashSet<>()).add(ack.schema());
    }
    for (Acknowledged ack : acknowledged) {
      JsonNode stored = first.http().get("/subjects/" + ack.subject() + "/versions/" + ack.version()).json();
      assertThat(stored.path("id").asInt()).isEqualTo(ack.id());
      assertThat(second.http().get("/schemas/ids/" + ack.id()).json().path("schema").asText()).isEqualTo(ack.schema());
    }
    for (Map.Entry<String, Set<String>> subject : schemasBySubject.entrySet()) {
      JsonNode versions = second.http().get("/subjects/" + subject.getKey() + "/versions").json();
      assertThat(versions.size()).isEqualTo(subject.getValue().size());
    }
    assertThat(acknowledged).hasSize(THREADS * REGISTRATIONS_PER_THREAD);
  }

  @Test
  void theSameNewSchemaRegisteredOnBothNodesAtOnceUnderDifferentSubjectsGetsOneId() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        String schema = "{\"type\":\"record\",\"name\":\"Twin" + round + "\",\"fields\":[]}";
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        for (TestRegistry node : List.of(first, second)) {
          String subject = "twin-" + round + "-" + node.port();
          answers.add(pool.submit(() -> {
            together.await();
            return node.http().post("/subjects/" + subject + "/versions", Http.json(Map.of("schema", schema)));
          }));
        }
        Http.Answer onFirst = answers.get(0).get();
        Http.Answer onSecond = answers.get(1).get();
        assertThat(onFirst.status()).as(onFirst.text()).isEqualTo(200);
        assertThat(onSecond.status()).as(onSecond.text()).isEqualTo(200);
        assertThat(onSecond.json().path("id").asInt()).as("round " + round).isEqualTo(onFirst.json().path("id").asInt());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void subjectConfigAndModeSetOnOneNodeApplyOnTheOther() {
    assertThat(first.http().put("/config/agreed", "{\"compatibility\":\"FULL\"}").status()).isEqualTo(200);
    assertThat(second.http().get("/config/agreed").json().path("compatibilityLevel").asText()).isEqualTo("FULL");

    first.http().put("/mode/agreed", "{\"mode\":\"READONLY\"}");
    Http.Answer refused = second.http().post("/subjects/agreed/versions",
        Http.json(Map.of("schema", "{\"type\":\"record\",\"name\":\"A\",\"fields\":[]}")));
    assertThat(refused.errorCode()).isEqualTo(42205);
  }

  @Test
  void settingsTheOtherNodeAlreadyReadFollowChangesMadeOnThisOne() {
    String subject = "followed";
    String v1 = "{\"type\":\"record\",\"name\":\"F\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";
    String required = "{\"type\":\"record\",\"name\":\"F\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
        + "{\"name\":\"b\",\"type\":\"string\"}]}";
    first.http().put("/config/" + subject, "{\"compatibility\":\"NONE\"}");
    // the second node reads (and keeps) the subject's level, mode, gate and deprecation
    assertThat(register(second, subject, v1).status()).isEqualTo(200);

    first.http().put("/config/" + subject, "{\"compatibility\":\"BACKWARD\"}");
    assertThat(register(second, subject, required).errorCode()).isEqualTo(409);

    first.http().put("/mode/" + subject, "{\"mode\":\"READONLY\"}");
    assertThat(register(second, subject, v1.replace("\"F\"", "\"G\"")).errorCode()).isEqualTo(42205);
    first.http().delete("/mode/" + subject);

    first.http().put("/treaty/v1/subjects/" + subject + "/deprecation",
        Http.json(Map.of("reason", "retired", "sunset", "2020-01-01")));
    assertThat(register(second, subject, v1.replace("\"F\"", "\"H\"")).errorCode()).isEqualTo(42232);
    first.http().delete("/treaty/v1/subjects/" + subject + "/deprecation");
    first.http().put("/config/" + subject, "{\"compatibility\":\"NONE\"}");
    assertThat(register(second, subject, required).status()).isEqualTo(200);
  }

  private static Http.Answer register(TestRegistry node, String subject, String schema) {
    return node.http().post("/subjects/" + subject + "/versions", Http.json(Map.of("schema", schema)));
  }

  @Test
  void hardDeleteOnOneNodeIsSeenByTheOthersCache() throws Exception {
    Http a = first.http();
    Http b = second.http();
    int id = a.post("/subjects/evicted/versions", Http.json(Map.of("schema",
        "{\"type\":\"record\",\"name\":\"Gone\",\"fields\":[]}"))).json().path("id").asInt();
    assertThat(b.get("/schemas/ids/" + id).status()).isEqualTo(200);

    assertThat(a.delete("/subjects/evicted").status()).isEqualTo(200);
    Http.Answer hard = a.delete("/subjects/evicted?permanent=true");
    assertThat(hard.status()).as(hard.text()).isEqualTo(200);
    assertThat(a.get("/schemas/ids/" + id).errorCode()).isEqualTo(40403);

    long deadline = System.currentTimeMillis() + 10_000;
    while (b.get("/schemas/ids/" + id).status() == 200 && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    Http.Answer evicted = b.get("/schemas/ids/" + id);
    assertThat(evicted.errorCode()).as(evicted.text()).isEqualTo(40403);
  }
}
