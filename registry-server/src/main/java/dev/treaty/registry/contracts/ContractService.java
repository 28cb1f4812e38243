package dev.treaty.registry.contracts;

import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractRequest;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.service.SubjectService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Publishing contracts and reading them back: applications, their versions and contracts. Each
 * change is one transaction that also writes its event. Thread-safe.
 */
public final class ContractService {

  private final ContractStore store;
  private final EntryResolver resolver;
  private final SubjectService subjects;

  ContractService(ContractStore store, EntryResolver resolver, SubjectService subjects) {
    this.store = store;
    this.resolver = resolver;
    this.subjects = subjects;
  }

  /**
   * Publishes the contract of an application version. Publishing the same content again changes
   * nothing; different content is refused (409), since running versions are judged by it.
   */
  public Contract publish(String application, String version, ContractRequest request, String actor) {
    Names.require("application name", application);
    Names.require("application version", version);
    if (request.produces().isEmpty() && request.consumes().isEmpty()) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "A contract produces or consumes at least one subject");
    }
    // Resolving reads registered schemas, outside the contract's transaction.
    ContractBody body = new ContractBody(sides(request.produces(), false), sides(request.consumes(), true));
    String json = ContractJson.write(body);
    return store.inTransaction(session -> {
      Optional<StoredContract> existing = session.contract(application, version);
      if (existing.isPresent()) {
        if (!ContractJson.write(existing.get().body()).equals(json)) {
          throw new RegistryException(ErrorCode.CONTRACT_CONFLICT, "Application " + application + " version " + version
              + " already has a different contract; contracts are immutable, publish a new version");
        }
        return existing.get().wire();
      }
      session.ensureApplication(application);
      session.insertContract(application, version, json);
      session.appendEvent("CONTRACT_PUBLISHED", null, actor, Map.of("application", application, "version", version));
      return session.contract(application, version).orElseThrow().wire();
    });
  }

  /** A published contract, each entry saying which registered version its schema is (looked up now). */
  public Contract contract(String application, String version) {
    Contract contract = store.inTransaction(session -> session.contract(application, version))
        .orElseThrow(() -> notFound(application, version))
        .wire();
    RegisteredVersions registered = new RegisteredVersions(subjects);
    return new Contract(contract.application(), contract.version(), contract.publishedAt(),
        withRegistered(contract.produces(), registered), withRegistered(contract.consumes(), registered));
  }

  private static List<ContractEntry> withRegistered(List<ContractEntry> entries, RegisteredVersions registered) {
    return entries.stream().map(entry -> entry.withRegisteredVersion(registered.of(entry))).toList();
  }

  public List<String> applications() {
    return store.inTransaction(ContractSession::applications);
  }

  /** The versions of an application in the order they were published. */
  public List<String> versions(String application) {
    List<StoredContract> contracts = store.inTransaction(session -> session.contracts(application));
    if (contracts.isEmpty()) {
      throw new RegistryException(ErrorCode.NOT_FOUND, "Application " + application + " has published no contract");
    }
    return contracts.stream().map(StoredContract::version).toList();
  }

  static RegistryException notFound(String application, String version) {
    return new RegistryException(ErrorCode.NOT_FOUND,
        "Application " + application + " has published no contract for version " + version);
  }

  private List<ContractSide> sides(List<ContractEntry> entries, boolean consumed) {
    List<ContractSide> sides = new ArrayList<>();
    Set<String> subjects = new HashSet<>();
    for (ContractEntry entry : entries) {
      ContractSide side = resolver.resolve(entry, consumed);
      if (!subjects.add(side.subject())) {
        throw new RegistryException(ErrorCode.UNPROCESSABLE,
            "Subject " + side.subject() + " is " + (consumed ? "consumed" : "produced") + " twice");
      }
      sides.add(side);
    }
    sides.sort(Comparator.comparing(ContractSide::subject));
    return List.copyOf(sides);
  }
}
