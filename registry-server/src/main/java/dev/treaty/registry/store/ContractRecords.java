package dev.treaty.registry.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * The contracts tables (applications, contracts, environments, deployments, gates) inside one
 * registry transaction, with SQL from {@code ContractRecords/<name>.sql}; reached through
 * {@link StoreSession#contracts()}. Not thread-safe: it belongs to one transaction.
 */
public final class ContractRecords {

  private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();
  private static final Map<String, String> SQL = new ConcurrentHashMap<>();

  /** A version that entered through a contract-gate override: its event's id and detail (JSON). */
  public record GateOverride(int version, long event, String detail) {}

  private final Handle handle;
  private final SessionSettings settings;

  ContractRecords(Handle handle, SessionSettings settings) {
    this.handle = handle;
    this.settings = settings;
  }

  /** Creates the application unless it exists; returns whether it was created. */
  public boolean ensureApplication(String name) {
    return ensure("application-exists", "insert-application", name);
  }

  public List<String> applications() {
    return handle.createQuery(sql("applications")).mapTo(String.class).list();
  }

  public Optional<ApplicationRow> application(String name) {
    return handle.createQuery(sql("application")).bind("name", name).map((rs, ctx) -> application(rs)).findOne();
  }

  /** Every application with its owner and description, by name. */
  public List<ApplicationRow> applicationRows() {
    return handle.createQuery(sql("application-infos")).map((rs, ctx) -> application(rs)).list();
  }

  /** Sets an existing application's owner and description ({@code null} clears one). */
  public void updateApplication(String name, String owner, String description) {
    handle.createUpdate(sql("update-application"))
        .bind("name", name)
        .bind("owner", owner)
        .bind("description", description)
        .execute();
  }

  public Optional<ContractRow> contract(String application, String version) {
    return handle.createQuery(sql("contract"))
        .bind("application", application)
        .bind("version", version)
        .map((rs, ctx) -> contract(rs))
        .findOne();
  }

  /** Versions of one application in the order they were published. */
  public List<ContractRow> contracts(String application) {
    return handle.createQuery(sql("contracts-of-application"))
        .bind("application", application)
        .map((rs, ctx) -> contract(rs))
        .list();
  }

  /** The most recently published version of every application. */
  public List<ContractRow> latestContracts() {
    return handle.createQuery(sql("latest-contracts")).map((rs, ctx) -> contract(rs)).list();
  }

  /** Every published contract, by application and then in publication order. */
  public List<ContractRow> allContracts() {
    return handle.createQuery(sql("all-contracts")).map((rs, ctx) -> contract(rs)).list();
  }

  public void insertContract(String application, String version, String json) {
    handle.createUpdate(sql("insert-contract"))
        .bind("application", application)
        .bind("version", version)
        .bind("json", json)
        .bind("createdAt", System.currentTimeMillis())
        .execute();
  }

  /** Creates the environment unless it exists; returns whether it was created. */
  public boolean ensureEnvironment(String name) {
    return ensure("environment-exists", "insert-environment", name);
  }

  public boolean environmentExists(String name) {
    return handle.createQuery(sql("environment-exists")).bind("name", name).mapTo(Integer.class).one() > 0;
  }

  public List<String> environments() {
    return handle.createQuery(sql("environments")).mapTo(String.class).list();
  }

  /** Records that {@code version} now runs in the environment; {@code null} records an undeployment. */
  public void recordDeployment(String environment, String application, String version) {
    handle.createUpdate(sql("insert-deployment"))
        .bind("environment", environment)
        .bind("application", application)
        .bind("version", version)
        .bind("createdAt", System.currentTimeMillis())
        .execute();
  }

  /** What runs in the environment now, by application. */
  public List<DeploymentRecord> deployments(String environment) {
    return handle.createQuery(sql("current-deployments"))
        .bind("environment", environment)
        .map((rs, ctx) -> new DeploymentRecord(
            rs.getString("environment"), rs.getString("application"), rs.getString("version"), rs.getLong("created_at")))
        .list();
  }

  public Optional<String> gate(String subject) {
    return settings.read(new JdbiSession.SettingKey("gate", subject),
        () -> handle.createQuery(sql("gate")).bind("subject", subject).mapTo(String.class).findOne());
  }

  public void putGate(String subject, String environment) {
    settings.changing();
    if (handle.createUpdate(sql("update-gate")).bind("subject", subject).bind("environment", environment).execute() == 0) {
      handle.createUpdate(sql("insert-gate")).bind("subject", subject).bind("environment", environment).execute();
    }
  }

  public void deleteGate(String subject) {
    settings.changing();
    handle.createUpdate(sql("delete-gate")).bind("subject", subject).execute();
  }

  /** Marks a version as registered through a gate override, with the event that records it. */
  public void markGateOverride(String subject, int version, long event) {
    handle.createUpdate(sql("insert-gate-override"))
        .bind("subject", subject).bind("version", version).bind("eventId", event)
        .execute();
  }

  /** The override marks of a subject's versions, by version. */
  public List<GateOverride> gateOverrides(String subject) {
    return handle.createQuery(sql("gate-overrides-of-subject"))
        .bind("subject", subject)
        .map((rs, ctx) -> new GateOverride(rs.getInt("version"), rs.getLong("event_id"), rs.getString("detail")))
        .list();
  }

  /** Appends a verification result of a producer version against a consumer version. */
  public void insertVerification(
      String producer, String producerVersion, String consumer, String consumerVersion, boolean passed,
      String buildUrl, long createdAt) {
    handle.createUpdate(sql("insert-verification"))
        .bind("producer", producer).bind("producerVersion", producerVersion)
        .bind("consumer", consumer).bind("consumerVersion", consumerVersion)
        .bind("passed", passed).bind("buildUrl", buildUrl).bind("createdAt", createdAt)
        .execute();
  }

  /** Whether the newest verification of the pair passed; empty when none was recorded. */
  public Optional<Boolean> newestVerification(
      String producer, String producerVersion, String consumer, String consumerVersion) {
    return handle.createQuery(sql("newest-verification"))
        .bind("producer", producer).bind("producerVersion", producerVersion)
        .bind("consumer", consumer).bind("consumerVersion", consumerVersion)
        .map((rs, ctx) -> rs.getBoolean("passed"))
        .findOne();
  }

  private boolean ensure(String exists, String insert, String name) {
    if (handle.createQuery(sql(exists)).bind("name", name).mapTo(Integer.class).one() > 0) {
      return false;
    }
    handle.createUpdate(sql(insert)).bind("name", name).bind("createdAt", System.currentTimeMillis()).execute();
    return true;
  }

  private static ApplicationRow application(ResultSet rs) throws SQLException {
    return new ApplicationRow(rs.getString("name"), rs.getString("owner"), rs.getString("description"));
  }

  private static ContractRow contract(ResultSet rs) throws SQLException {
    return new ContractRow(
        rs.getString("application"), rs.getString("version"), rs.getLong("created_at"), rs.getString("contract_json"));
  }

  private static String sql(String name) {
    return SQL.computeIfAbsent(name, n -> LOCATOR.locate(ContractRecords.class, n));
  }
}
