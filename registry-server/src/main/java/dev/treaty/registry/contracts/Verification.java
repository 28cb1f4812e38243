package dev.treaty.registry.contracts;

import dev.treaty.client.model.DeprecatedUse;

import dev.treaty.client.model.ContractMatrix;
import dev.treaty.client.model.ContractPair;
import dev.treaty.client.model.DeployCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * can-i-deploy and the environment matrix: contracts that run together, judged pair by pair, and
 * the deprecated schemas they use. Thread-safe.
 */
public final class Verification {

  private final ContractStore store;
  private final Pairing pairing;
  private final DeprecatedUses deprecatedUses;

  Verification(ContractStore store, Pairing pairing, DeprecatedUses deprecatedUses) {
    this.store = store;
    this.pairing = pairing;
    this.deprecatedUses = deprecatedUses;
  }

  /**
   * Could this version run in {@code environment}? It replaces the application's current version
   * there and must agree with every other application deployed.
   */
  public DeployCheck canIDeploy(String application, String version, String environment) {
    List<StoredContract> together = store.inTransaction(session -> {
      EnvironmentService.requireEnvironment(session, environment);
      List<StoredContract> contracts = new ArrayList<>();
      contracts.add(contract(session, application, version));
      for (DeploymentRow row : session.deployments(environment)) {
        if (!row.application().equals(application)) {
          contracts.add(session.contract(row.application(), row.version()).orElseThrow());
        }
      }
      return contracts;
    });
    return answer(application, version, environment, together);
  }

  /** Would this version agree with the latest published version of every other application? */
  public DeployCheck canIDeployWithLatest(String application, String version) {
    List<StoredContract> together = store.inTransaction(session -> {
      List<StoredContract> contracts = new ArrayList<>();
      contracts.add(contract(session, application, version));
      session.latestContracts().stream().filter(c -> !c.application().equals(application)).forEach(contracts::add);
      return contracts;
    });
    return answer(application, version, null, together);
  }

  /** Every pair among the versions deployed in the environment. */
  public ContractMatrix matrix(String environment) {
    List<StoredContract> contracts = new ArrayList<>();
    List<DeploymentRow> deployments = store.inTransaction(session -> {
      EnvironmentService.requireEnvironment(session, environment);
      List<DeploymentRow> rows = session.deployments(environment);
      rows.forEach(row -> contracts.add(session.contract(row.application(), row.version()).orElseThrow()));
      return rows;
    });
    // pairing looks registered versions up and deprecations live in the registry's tables: both
    // are read after this transaction, on their own
    List<DeprecatedUse> deprecated = contracts.stream().flatMap(c -> deprecatedUses.of(c).stream()).toList();
    return new ContractMatrix(environment, deployments.stream().map(DeploymentRow::wire).toList(),
        pairing.pairs(contracts, null), deprecated);
  }

  private DeployCheck answer(String application, String version, String environment, List<StoredContract> together) {
    List<ContractPair> pairs = pairing.pairs(together, application);
    // the application's own use of something past its sunset refuses; a deprecation before it only warns
    List<DeprecatedUse> deprecated = deprecatedUses.of(together.get(0));
    boolean deployable = pairs.stream().allMatch(ContractPair::compatible)
        && deprecated.stream().noneMatch(DeprecatedUse::pastSunset);
    return new DeployCheck(application, version, environment, deployable, pairs, deprecated);
  }

  private static StoredContract contract(ContractSession session, String application, String version) {
    return session.contract(application, version).orElseThrow(() -> ContractService.notFound(application, version));
  }
}
