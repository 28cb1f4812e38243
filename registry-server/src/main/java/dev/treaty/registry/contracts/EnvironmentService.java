package dev.treaty.registry.contracts;

import dev.treaty.client.model.Deployment;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Environments and what runs in them. Deployments are appended, never updated: an environment's
 * state is the newest record of each application. Thread-safe.
 */
public final class EnvironmentService {

  private final ContractStore store;

  EnvironmentService(ContractStore store) {
    this.store = store;
  }

  public List<String> environments() {
    return store.inTransaction(ContractSession::environments);
  }

  /** Creates an environment ahead of its first deployment; an existing one is left as it is. */
  public void create(String environment, String actor) {
    Names.require("environment name", environment);
    store.inTransaction(session -> created(session, environment, actor));
  }

  /** Records that {@code version} of an application now runs in the environment, replacing any other. */
  public Deployment deploy(String environment, String application, String version, String actor) {
    Names.require("environment name", environment);
    Names.require("application name", application);
    Names.require("application version", version);
    return store.inTransaction(session -> {
      session.contract(application, version).orElseThrow(() -> ContractService.notFound(application, version));
      created(session, environment, actor);
      Optional<DeploymentRow> current = current(session, environment, application);
      if (current.isPresent() && current.get().version().equals(version)) {
        return current.get().wire();
      }
      session.recordDeployment(environment, application, version);
      session.appendEvent("DEPLOYMENT_RECORDED", null, actor,
          Map.of("environment", environment, "application", application, "version", version));
      return current(session, environment, application).orElseThrow().wire();
    });
  }

  /**
   * Records that an application no longer runs in the environment; when {@code version} is given it
   * must be the one running. Returns the deployment that ended.
   */
  public Deployment undeploy(String environment, String application, String version, String actor) {
    return store.inTransaction(session -> {
      DeploymentRow current = current(session, environment, application)
          .filter(row -> version == null || row.version().equals(version))
          .orElseThrow(() -> new RegistryException(ErrorCode.NOT_FOUND, "Application " + application
              + (version == null ? "" : " version " + version) + " is not deployed in " + environment));
      session.recordDeployment(environment, application, null);
      session.appendEvent("UNDEPLOYMENT_RECORDED", null, actor,
          Map.of("environment", environment, "application", application, "version", current.version()));
      return current.wire();
    });
  }

  public List<Deployment> deployments(String environment) {
    return store.inTransaction(session -> {
      requireEnvironment(session, environment);
      return session.deployments(environment).stream().map(DeploymentRow::wire).toList();
    });
  }

  static void requireEnvironment(ContractSession session, String environment) {
    if (!session.environmentExists(environment)) {
      throw new RegistryException(ErrorCode.NOT_FOUND, "Environment " + environment + " not found");
    }
  }

  private static boolean created(ContractSession session, String environment, String actor) {
    boolean created = session.ensureEnvironment(environment);
    if (created) {
      session.appendEvent("ENVIRONMENT_CREATED", null, actor, Map.of("environment", environment));
    }
    return created;
  }

  private static Optional<DeploymentRow> current(ContractSession session, String environment, String application) {
    return session.deployments(environment).stream().filter(row -> row.application().equals(application)).findFirst();
  }
}
