package dev.treaty.registry.contracts;

import dev.treaty.registry.store.ApplicationRow;
import dev.treaty.registry.store.ContractRecords;
import dev.treaty.registry.store.ContractRow;
import dev.treaty.registry.store.DeploymentRecord;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.StoreSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The contracts tables inside one registry transaction, in the contracts' own types: stored rows
 * become {@link StoredContract}s with their body read. Not thread-safe: it belongs to one
 * transaction.
 */
final class ContractSession {

  private final StoreSession session;
  private final ContractRecords records;

  ContractSession(StoreSession session) {
    this.session = session;
    this.records = session.contracts();
  }

  /** Creates the application unless it exists; returns whether it was created. */
  boolean ensureApplication(String name) {
    return records.ensureApplication(name);
  }

  List<String> applications() {
    return records.applications();
  }

  /** An application's owner and description; both {@code null} when it has none or does not exist. */
  ApplicationRow application(String name) {
    return records.application(name).orElse(new ApplicationRow(name, null, null));
  }

  boolean applicationExists(String name) {
    return records.application(name).isPresent();
  }

  List<ApplicationRow> applicationRows() {
    return records.applicationRows();
  }

  void describeApplication(String name, String owner, String description) {
    records.updateApplication(name, owner, description);
  }

  Optional<StoredContract> contract(String application, String version) {
    return records.contract(application, version).map(ContractSession::stored);
  }

  /** Versions of one application in the order they were published. */
  List<StoredContract> contracts(String application) {
    return records.contracts(application).stream().map(ContractSession::stored).toList();
  }

  /** The most recently published version of every application. */
  List<StoredContract> latestContracts() {
    return records.latestContracts().stream().map(ContractSession::stored).toList();
  }

  /** Every published contract, by application and then in publication order. */
  List<StoredContract> allContracts() {
    return records.allContracts().stream().map(ContractSession::stored).toList();
  }

  void insertContract(String application, String version, String json) {
    records.insertContract(application, version, json);
  }

  /** Creates the environment unless it exists; returns whether it was created. */
  boolean ensureEnvironment(String name) {
    return records.ensureEnvironment(name);
  }

  boolean environmentExists(String name) {
    return records.environmentExists(name);
  }

  List<String> environments() {
    return records.environments();
  }

  /** Records that {@code version} now runs in the environment; {@code null} records an undeployment. */
  void recordDeployment(String environment, String application, String version) {
    records.recordDeployment(environment, application, version);
  }

  void insertVerification(
      String producer, String producerVersion, String consumer, String consumerVersion, boolean passed,
      String buildUrl, long createdAt) {
    records.insertVerification(producer, producerVersion, consumer, consumerVersion, passed, buildUrl, createdAt);
  }

  /** Whether the newest verification of the pair passed; empty when none was recorded. */
  Optional<Boolean> newestVerification(String producer, String producerVersion, String consumer, String consumerVersion) {
    return records.newestVerification(producer, producerVersion, consumer, consumerVersion);
  }

  /** What runs in the environment now, by application. */
  List<DeploymentRow> deployments(String environment) {
    return records.deployments(environment).stream().map(ContractSession::deployment).toList();
  }

  Optional<String> gate(String subject) {
    return records.gate(subject);
  }

  void putGate(String subject, String environment) {
    records.putGate(subject, environment);
  }

  void deleteGate(String subject) {
    records.deleteGate(subject);
  }

  /**
   * Records that a version entered through a gate override: the override event (naming the
   * version and its schema) and the mark on the version that points at it.
   */
  void recordGateOverride(String subject, int version, int schemaId, String actor, Map<String, String> detail) {
    long event = session.append(EventRow.of(
        "CONTRACT_GATE_OVERRIDE", subject, version, schemaId, actor, ContractJson.write(new TreeMap<>(detail))));
    records.markGateOverride(subject, version, event);
  }

  /** Appends to the registry's events feed, in this transaction. */
  void appendEvent(String type, String subject, String actor, Map<String, String> detail) {
    // the application and environment are also columns, which the audit trail filters on
    session.append(EventRow.of(type, subject, null, null, actor, ContractJson.write(new TreeMap<>(detail)))
        .concerning(detail.get("application"), detail.get("environment")));
  }

  private static StoredContract stored(ContractRow row) {
    return new StoredContract(row.application(), row.version(), row.createdAt(),
        ContractJson.read(row.contractJson(), ContractBody.class));
  }

  private static DeploymentRow deployment(DeploymentRecord row) {
    return new DeploymentRow(row.environment(), row.application(), row.version(), row.deployedAt());
  }
}
