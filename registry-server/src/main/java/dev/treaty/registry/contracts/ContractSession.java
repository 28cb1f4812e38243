package dev.treaty.registry.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * The reads and writes of contracts inside one transaction, with SQL from
 * {@code ContractSession/<name>.sql}. Not thread-safe: it belongs to one transaction.
 */
final class ContractSession {

  private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();
  private static final Map<String, String> SQL = new ConcurrentHashMap<>();

  private final Handle handle;

  /** The transaction's handle, for stores of contract data kept in their own class. */
  Handle handle() {
    return handle;
  }

  ContractSession(Handle handle) {
    this.handle = handle;
  }

  /** Creates the application unless it exists; returns whether it was created. */
  boolean ensureApplication(String name) {
    return ensure("application-exists", "insert-application", name);
  }

  List<String> applications() {
    return handle.createQuery(sql("applications")).mapTo(String.class).list();
  }

  Optional<StoredContract> contract(String application, String version) {
    return handle.createQuery(sql("contract"))
        .bind("application", application)
        .bind("version", version)
        .map((rs, ctx) -> StoredContract.read(rs))
        .findOne();
  }

  /** Versions of one application in the order they were published. */
  List<StoredContract> contracts(String application) {
    return handle.createQuery(sql("contracts-of-application"))
        .bind("application", application)
        .map((rs, ctx) -> StoredContract.read(rs))
        .list();
  }

  /** The most recently published version of every application. */
  List<StoredContract> latestContracts() {
    return handle.createQuery(sql("latest-contracts")).map((rs, ctx) -> StoredContract.read(rs)).list();
  }

  /** Every published contract, by application and then in publication order. */
  List<StoredContract> allContracts() {
    return handle.createQuery(sql("all-contracts")).map((rs, ctx) -> StoredContract.read(rs)).list();
  }

  void insertContract(String application, String version, String json) {
    handle.createUpdate(sql("insert-contract"))
        .bind("application", application)
        .bind("version", version)
        .bind("json", json)
        .bind("createdAt", System.currentTimeMillis())
        .execute();
  }

  /** Creates the environment unless it exists; returns whether it was created. */
  boolean ensureEnvironment(String name) {
    return ensure("environment-exists", "insert-environment", name);
  }

  boolean environmentExists(String name) {
    return handle.createQuery(sql("environment-exists")).bind("name", name).mapTo(Integer.class).one() > 0;
  }

  List<String> environments() {
    return handle.createQuery(sql("environments")).mapTo(String.class).list();
  }

  /** Records that {@code version} now runs in the environment; {@code null} records an undeployment. */
  void recordDeployment(String environment, String application, String version) {
    handle.createUpdate(sql("insert-deployment"))
        .bind("environment", environment)
        .bind("application", application)
        .bind("version", version)
        .bind("createdAt", System.currentTimeMillis())
        .execute();
  }

  /** What runs in the environment now, by application. */
  List<DeploymentRow> deployments(String environment) {
    return handle.createQuery(sql("current-deployments"))
        .bind("environment", environment)
        .map((rs, ctx) -> new DeploymentRow(
            rs.getString("environment"), rs.getString("application"), rs.getString("version"), rs.getLong("created_at")))
        .list();
  }

  Optional<String> gate(String subject) {
    return handle.createQuery(sql("gate")).bind("subject", subject).mapTo(String.class).findOne();
  }

  void putGate(String subject, String environment) {
    if (handle.createUpdate(sql("update-gate")).bind("subject", subject).bind("environment", environment).execute() == 0) {
      handle.createUpdate(sql("insert-gate")).bind("subject", subject).bind("environment", environment).execute();
    }
  }

  void deleteGate(String subject) {
    handle.createUpdate(sql("delete-gate")).bind("subject", subject).execute();
  }

  /** Appends to the registry's events feed, in this transaction. */
  void appendEvent(String type, String subject, String actor, Map<String, String> detail) {
    handle.createUpdate(sql("append-event"))
        .bind("createdAt", System.currentTimeMillis())
        .bind("type", type)
        .bind("subject", subject)
        .bind("actor", actor)
        .bind("detail", ContractJson.write(new TreeMap<>(detail)))
        .execute();
  }

  private boolean ensure(String exists, String insert, String name) {
    if (handle.createQuery(sql(exists)).bind("name", name).mapTo(Integer.class).one() > 0) {
      return false;
    }
    handle.createUpdate(sql(insert)).bind("name", name).bind("createdAt", System.currentTimeMillis()).execute();
    return true;
  }

  private static String sql(String name) {
    return SQL.computeIfAbsent(name, n -> LOCATOR.locate(ContractSession.class, n));
  }
}
