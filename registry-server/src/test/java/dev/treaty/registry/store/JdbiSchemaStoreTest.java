package dev.treaty.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.client.model.SchemaReference;
import dev.treaty.registry.Backend;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The store on a fresh H2 and a fresh PostgreSQL database, through the real Jdbi code. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class JdbiSchemaStoreTest {

  @Parameter Backend backend;

  private Database database;
  private SchemaStore store;

  @BeforeEach
  void openFreshDatabase() {
    database = Database.open(backend.freshDatabaseUrl(), null, null, Path.of("unused"), 4);
    database.migrate();
    store = database.store();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void idsGrowAndAreNotReusedAfterASchemaIsDeleted() {
    int first = store.inTransaction(session -> session.insertSchema(null, schema("a")));
    store.inTransaction(session -> {
      session.deleteSchema(first);
      return null;
    });
    int second = store.inTransaction(session -> session.insertSchema(null, schema("b")));

    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(2);
    Optional<SchemaRow> deleted = store.inTransaction(session -> session.schema(first));
    int highest = store.inTransaction(StoreSession::maxSchemaId);
    assertThat(deleted).isEmpty();
    assertThat(highest).isEqualTo(2);
  }

  @Test
  void importedIdRaisesTheCounter() {
    store.inTransaction(session -> session.insertSchema(100, schema("imported")));
    int next = store.inTransaction(session -> session.insertSchema(null, schema("next")));
    assertThat(next).isEqualTo(101);
  }

  @Test
  void idsCountedBeforeTheSequenceExistedAreNotHandedOutAgain() throws Exception {
    // what a database upgraded from the counter-row schema (V1) holds: a counter, no sequence use
    try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
      statement.executeUpdate("update counters set counter_value = 40 where name = 'schema_id'");
    }
    int next = store.inTransaction(session -> session.insertSchema(null, schema("after-upgrade")));
    int then = store.inTransaction(session -> session.insertSchema(null, schema("and-then")));
    assertThat(next).isEqualTo(41);
    assertThat(then).isEqualTo(42);
  }

  @Test
  void schemaRoundTripsWithReferencesInOrder() {
    SchemaRow row = new SchemaRow(0, "AVRO", "{\"type\":\"string\"}", "id-x",
        List.of(new SchemaReference("b", "sb", 2), new SchemaReference("a", "sa", 1)), "{\"k\":1}", null);
    int id = store.inTransaction(session -> session.insertSchema(null, row));

    SchemaRow stored = store.inTransaction(session -> session.schema(id)).orElseThrow();
    assertThat(stored).isEqualTo(new SchemaRow(id, "AVRO", "{\"type\":\"string\"}", "id-x", row.references(), "{\"k\":1}", null));
    Optional<Integer> byIdentity = store.inTransaction(session -> session.schemaIdByIdentity("id-x"));
    assertThat(byIdentity).contains(id);
  }

  @Test
  void racingTransactionsGiveOneSchemaOneId() throws Exception {
    int threads = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> ids = new java.util.ArrayList<>();
    for (int i = 0; i < threads; i++) {
      ids.add(pool.submit(() -> {
        start.await();
        return store.inTransaction(session -> session.schemaIdByIdentity("same")
            .orElseGet(() -> session.insertSchema(null, schema("same"))));
      }));
    }
    start.countDown();
    java.util.Set<Integer> distinct = new java.util.HashSet<>();
    for (Future<Integer> id : ids) {
      distinct.add(id.get());
    }
    pool.shutdown();
    assertThat(distinct).hasSize(1);
  }

  @Test
  void configAndModeAreUpsertedAndDeleted() {
    store.inTransaction(session -> {
      session.putConfig("", "{\"compatibility\":\"FULL\"}");
      session.putConfig("", "{\"compatibility\":\"NONE\"}");
      session.putMode("orders", "READONLY");
      return null;
    });
    Optional<String> config = store.inTransaction(session -> session.config(""));
    Optional<String> mode = store.inTransaction(session -> session.mode("orders"));
    assertThat(config).contains("{\"compatibility\":\"NONE\"}");
    assertThat(mode).contains("READONLY");
    store.inTransaction(session -> {
      session.deleteMode("orders");
      return null;
    });
    Optional<String> removed = store.inTransaction(session -> session.mode("orders"));
    assertThat(removed).isEmpty();
  }

  @Test
  void eventsComeBackInOrderAfterAPosition() {
    store.inTransaction(session -> {
      session.append(EventRow.of("A", "s", 1, 1, "me"));
      session.append(EventRow.of("B", null, null, null, null));
      session.append(EventRow.of("C", "s", 2, 3, "you"));
      return null;
    });
    List<EventRow> after = store.inTransaction(session -> session.events(1, 10));

    assertThat(after).extracting(EventRow::type).containsExactly("B", "C");
    assertThat(after.get(1).version()).isEqualTo(2);
    assertThat(after.get(0).version()).isNull();
    long latest = store.inTransaction(StoreSession::latestEventId);
    assertThat(latest).isEqualTo(3);
  }

  @Test
  void rolledBackWorkLeavesNothing() {
    try {
      store.inTransaction(session -> {
        session.insertVersion("gone", 1, 1);
        throw new IllegalStateException("refused");
      });
    } catch (IllegalStateException expected) {
      // the work failed on purpose
    }
    List<VersionRow> versions = store.inTransaction(session -> session.versions("gone"));
    assertThat(versions).isEmpty();
  }

  @Test
  void subjectListIsFilteredOrderedAndPagedByTheDatabase() {
    store.inTransaction(session -> {
      int avro = session.insertSchema(null, schema("avro"));
      int proto = session.insertSchema(null, new SchemaRow(0, "PROTOBUF", "syntax = \"proto3\";", "proto", List.of(), null, null));
      session.insertVersion("orders-value", 1, avro);
      session.insertVersion("orders-value", 2, proto);
      session.insertVersion("Payments-value", 1, avro);
      session.insertVersion("retired-value", 1, proto);
      session.markDeleted("retired-value", 1);
      // the latest live version decides the format: a soft-deleted newer one does not
      session.insertVersion("refunds-value", 1, avro);
      session.insertVersion("refunds-value", 2, proto);
      session.markDeleted("refunds-value", 2);
      return null;
    });

    List<SubjectSummaryRow> live = store.inTransaction(
        session -> session.subjectSummaries(new SubjectListing("", null, false, false, 0, 10)));
    List<SubjectSummaryRow> secondPage = store.inTransaction(
        session -> session.subjectSummaries(new SubjectListing("", null, true, false, 2, 2)));
    List<SubjectSummaryRow> named = store.inTransaction(
        session -> session.subjectSummaries(new SubjectListing("payments", null, false, false, 0, 10)));
    List<SubjectSummaryRow> protobuf = store.inTransaction(
        session -> session.subjectSummaries(new SubjectListing("", "PROTOBUF", true, false, 0, 10)));
    long all = store.inTransaction(session -> session.countSubjectSummaries(new SubjectListing("", null, true, false, 0, 1)));

    assertThat(live).extracting(SubjectSummaryRow::subject).containsExactly("Payments-value", "orders-value", "refunds-value");
    assertThat(live.get(1)).isEqualTo(new SubjectSummaryRow("orders-value", "PROTOBUF", 2, 2, 2, live.get(1).updated(), false));
    assertThat(live.get(2).schemaType()).isEqualTo("AVRO");
    assertThat(live.get(2).latestVersion()).isEqualTo(1);
    assertThat(secondPage).extracting(SubjectSummaryRow::subject).containsExactly("refunds-value", "retired-value");
    assertThat(secondPage.get(1).allDeleted()).isTrue();
    assertThat(named).extracting(SubjectSummaryRow::subject).containsExactly("Payments-value");
    assertThat(protobuf).extracting(SubjectSummaryRow::subject).containsExactly("orders-value", "retired-value");
    assertThat(all).isEqualTo(4);
  }

  private static SchemaRow schema(String identity) {
    return new SchemaRow(0, "AVRO", "\"string\"", identity, List.of(), null, null);
  }
}
