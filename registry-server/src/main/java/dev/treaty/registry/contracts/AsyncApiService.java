package dev.treaty.registry.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.client.asyncapi.AsyncApi;
import dev.treaty.client.asyncapi.AsyncApiSource;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.registry.service.Access;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.ReferenceTexts;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.store.ApplicationRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The AsyncAPI document of an application version, or of the version running in an environment,
 * built from its stored contract: the schemas and reference texts copied in at publication, so the
 * document of a version never changes. Thread-safe.
 */
public final class AsyncApiService {

  private final ContractStore store;
  private final ReferenceTexts references;

  AsyncApiService(ContractStore store, ReferenceTexts references) {
    this.store = store;
    this.references = references;
  }

  /**
   * Exactly one of {@code version} and {@code environment} is given.
   *
   * @throws RegistryException 404 for an unknown application, version or environment, 403 (naming
   *     no subject) when the document would show a subject the caller may not read
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
    // unnamed: the caller did not name these subjects, and may not learn them from the refusal
    if (!access.readsEverything() && !shownSubjectsReadable(contract.body(), access)) {
      throw new RegistryException(ErrorCode.FORBIDDEN, "The document of " + application + " version "
          + contract.version() + " shows subjects you may not read");
    }
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

  /**
   * Whether the caller may read every subject the document shows: the contract's and those its
   * schemas refer to, references of references included (their texts are copied in too). A
   * reference that no longer resolves cannot be shown to be readable, so it refuses.
   */
  private boolean shownSubjectsReadable(ContractBody body, Access access) {
    for (ContractSide side : concat(body.produces(), body.consumes())) {
      if (!access.mayRead(side.subject())) {
        return false;
      }
      Set<String> referred;
      try {
        referred = references.subjects(side.entry().references());
      } catch (RegistryException e) {
        return false;
      }
      if (!referred.stream().allMatch(access::mayRead)) {
        return false;
      }
    }
    return true;
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
