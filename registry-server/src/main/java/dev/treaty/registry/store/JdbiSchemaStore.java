package dev.treaty.registry.store;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * {@link SchemaStore} on Jdbi over H2 or PostgreSQL. Transactions run at READ COMMITTED; writers of
 * one subject are serialised by a row lock (and nothing else: ids come from a sequence), and unique
 * constraints catch the remaining races (two nodes giving one new schema an id), which are retried.
 */
public final class JdbiSchemaStore implements SchemaStore {

  // unique violation, serialization failure, deadlock (PostgreSQL), lock timeout / deadlock (H2)
  private static final Set<String> RETRYABLE = Set.of("23505", "40001", "40P01", "HYT00", "40XL1");
  private static final int ATTEMPTS = 8;

  private final Jdbi jdbi;
  private final String description;
  private final IdSequence ids;
  private final EventOutbox outbox;
  private final SettingsCache settings = new SettingsCache();

  JdbiSchemaStore(DataSource dataSource, String description, IdSequence ids, EventOutbox outbox) {
    this.jdbi = Jdbi.create(dataSource);
    this.description = description;
    this.ids = ids;
    this.outbox = outbox;
  }

  @Override
  public <T> T inTransaction(Function<StoreSession, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(
            TransactionIsolationLevel.READ_COMMITTED, handle -> work.apply(new JdbiSession(handle, ids, outbox, settings)));
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isRetryable(e)) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  @Override
  public <T> T readOnce(Function<StoreSession, T> work) {
    return jdbi.withHandle(handle -> work.apply(new JdbiSession(handle, ids, outbox, settings)));
  }

  @Override
  public boolean isReachable() {
    try {
      return jdbi.withHandle(handle -> handle.createQuery(Sql.named("ping")).mapTo(Integer.class).one() == 1);
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public String describe() {
    return description;
  }

  private static boolean isRetryable(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null && RETRYABLE.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying a transaction", e);
    }
  }
}
