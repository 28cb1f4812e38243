package dev.treaty.registry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.registry.Backend;
import dev.treaty.registry.store.WebhookRecords.Outcome;
import dev.treaty.registry.store.WebhookRecords.WebhookRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The webhook queue on H2 and PostgreSQL: deliveries commit with their event or not at all, a
 * lease gives an attempt to one node until it expires, a full queue records an overflow.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class WebhookRecordsTest {

  @Parameter Backend backend;

  private Database database;
  private WebhookRecords records;
  private volatile EventOutbox.Routing routing = new EventOutbox.Routing(List.of("w1"), List.of());
  private SchemaStore store;

  @BeforeEach
  void openFreshDatabase() {
    database = Database.open(backend.freshDatabaseUrl(), null, null, Path.of("unused"), 4);
    database.migrate();
    store = database.store(event -> routing);
    records = new WebhookRecords(database.dataSource());
    records.insert(new WebhookRow("w1", "http://127.0.0.1:9/x", "*", null, null, null, "whsec_x", null, "cloudevents",
        null, "admin", 0, true, 0, null));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aDeliveryCommitsWithItsEventAndARolledBackChangeQueuesNothing() {
    long event = append("kept");
    assertThatThrownBy(() -> store.inTransaction(session -> {
      session.append(EventRow.of("SCHEMA_REGISTERED", "lost", 1, 1, "test"));
      throw new IllegalStateException("the change fails after its event was appended");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(records.pendingCounts()).containsEntry("w1", 1L);
    assertThat(records.deliveries("w1", null, Long.MAX_VALUE, 10)).singleElement()
        .satisfies(d -> {
          assertThat(d.eventId()).isEqualTo(event);
          assertThat(d.eventSubject()).isEqualTo("kept");
          assertThat(d.status()).isEqualTo("pending");
        });
  }

  @Test
  void aLeaseKeepsOtherNodesOffUntilItExpiresAndTheLateOwnerCannotOverwrite() {
    append("leased");
    long now = System.currentTimeMillis();
    long id = records.due(now, 10).get(0);
    assertThat(records.claim(id, "node-a", now, now + 1_000)).isTrue();
    assertThat(records.claim(id, "node-b", now + 500, now + 1_500)).as("lease held").isFalse();
    assertThat(records.due(now + 500, 10)).isEmpty();

    assertThat(records.claim(id, "node-b", now + 1_001, now + 2_000)).as("lease expired: node-a died").isTrue();
    Outcome delivered = new Outcome("delivered", 1, now, null, 200, 5L, now);
    assertThat(records.finish(id, "node-a", delivered)).as("node-a lost its lease").isFalse();
    assertThat(records.finish(id, "node-b", delivered)).isTrue();
    assertThat(records.claim(id, "node-c", now + 5_000, now + 6_000)).as("delivered: nothing to claim").isFalse();
    assertThat(records.delivery(id).orElseThrow().status()).isEqualTo("delivered");
  }

  @Test
  void twoNodesRacingForOneDeliveryNeverBothGetIt() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        append("race-" + round);
        long now = System.currentTimeMillis();
        long id = records.due(now, 1).get(0);
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (String node : List.of("a", "b")) {
          claims.add(pool.submit(() -> {
            together.await();
            return records.claim(id, node, now, now + 60_000);
          }));
        }
        boolean aWon = claims.get(0).get();
        boolean bWon = claims.get(1).get();
        assertThat(aWon ^ bWon).as("round " + round + ": exactly one node holds the lease").isTrue();
        assertThat(records.finish(id, aWon ? "a" : "b", new Outcome("delivered", 1, now, null, 200, 1L, now))).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aFullQueueRecordsTheOverflowInsteadOfADelivery() {
    routing = new EventOutbox.Routing(List.of(), List.of("w1"));
    append("one");
    long last = append("two");
    assertThat(records.pendingCounts()).isEmpty();
    WebhookRow webhook = records.find("w1").orElseThrow();
    assertThat(webhook.overflowed()).isEqualTo(2);
    assertThat(webhook.lastOverflowEvent()).isEqualTo(last);
  }

  @Test
  void finishedDeliveriesArePrunedAfterTheRetentionAndPendingOnesNever() {
    append("old");
    append("waiting");
    long now = System.currentTimeMillis();
    long id = records.due(now, 1).get(0);
    records.claim(id, "a", now, now + 1_000);
    records.finish(id, "a", new Outcome("dead", 8, now - 10_000, "HTTP 500", 500, 1L, null));
    assertThat(records.prune(now - 20_000)).isZero();
    assertThat(records.prune(now)).isEqualTo(1);
    assertThat(records.pendingCounts()).containsEntry("w1", 1L);
  }

  private long append(String subject) {
    return store.inTransaction(session -> session.append(EventRow.of("SCHEMA_REGISTERED", subject, 1, 1, "test")));
  }
}
