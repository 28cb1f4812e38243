package dev.treaty.registry.contracts;

import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Where contracts, environments, deployments and contract gates live: tables next to the schema
 * store's, in the same database. Two nodes creating one application or environment at once collide
 * on its primary key; the losing transaction is retried and then finds it. Thread-safe.
 */
public final class ContractStore {

  private static final int ATTEMPTS = 5;

  private final Jdbi jdbi;

  public ContractStore(DataSource dataSource) {
    this.jdbi = Jdbi.create(dataSource);
  }

  <T> T inTransaction(Function<ContractSession, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(
            TransactionIsolationLevel.READ_COMMITTED, handle -> work.apply(new ContractSession(handle)));
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isUniqueViolation(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
