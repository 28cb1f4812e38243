package dev.treaty.registry.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.client.asyncapi.AsyncApi;
import dev.treaty.client.asyncapi.AsyncApiSource;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.registry.service.Access;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.store.ApplicationRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AsyncAPI document of an application version, or of the version running in an environment,
 * built from its stored contract: the schemas and reference texts copied in at publication, so the
 * document of a version never changes. Thread-safe.
 */
public final class AsyncApiService {

  private final ContractStore store;

  AsyncApiService(ContractStore store) {
    this.store = store;
  }

  /**
   * Exactly one of {@code version} and {@code environment} is given.
   *
   * @throws RegistryException 404 for an unknown application, version or environment, 403 when the
   *     document would show a subject the caller may not read
   */
  public ObjectNode document(String application, String version, String environment, Access access) {
    if ((version == null) == (environment == null)) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Give either version or environment");
    }
    record Found(StoredContract contract, ApplicationRow info) {}
    Found found = store.inTransaction(session -> {
      String running = version != null ? version : deployed(session, application, environment);
      StoredContract contract = session.contract(application, running)
          .orElseThrow(() -> ContractService.notFound(application, running));
      return new Found(contract, session.application(application));
    });
    StoredContract contract = found.contract();
    access.requireReadable(subjects(contract.body()));
    return AsyncApi.document(new AsyncApiSource(application, contract.version(), found.info().description(),
        found.info().owner(), environment, sides(contract.body().produces()), sides(contract.body().consumes())));
  }

  private static String deployed(ContractSession session, String application, String environment) {
    EnvironmentService.requireEnvironment(session, environment);
    return session.deployments(environment).stream()
        .filter(row -> row.application().equals(application))
        .map(DeploymentRow::version)
        .findFirst()
        .orElseThrow(() -> new RegistryException(ErrorCode.NOT_FOUND,
            "Application " + application + " is not deployed in " + environment));
  }

  /** Every subject the document shows: the contract's and those its schemas refer to. */
  private static List<String> subjects(ContractBody body) {
    List<String> subjects = new ArrayList<>();
    for (ContractSide side : concat(body.produces(), body.consumes())) {
      subjects.add(side.subject());
      side.entry().references().stream().map(SchemaReference::subject).forEach(subjects::add);
    }
    return subjects;
  }

  private static List<AsyncApiSource.Side> sides(List<ContractSide> sides) {
    return sides.stream().map(side -> new AsyncApiSource.Side(side.entry(), texts(side.resolved()))).toList();
  }

  private static Map<String, String> texts(List<ResolvedReference> resolved) {
    Map<String, String> texts = new LinkedHashMap<>();
    resolved.forEach(reference -> texts.put(reference.name(), reference.text()));
    return texts;
  }

  private static List<ContractSide> concat(List<ContractSide> first, List<ContractSide> second) {
    List<ContractSide> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
