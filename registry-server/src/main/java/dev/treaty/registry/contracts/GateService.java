package dev.treaty.registry.contracts;

import dev.treaty.client.model.ContractGate;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The subject-level setting that puts a subject's registrations behind its deployed consumers. Thread-safe. */
public final class GateService {

  private final ContractStore store;

  GateService(ContractStore store) {
    this.store = store;
  }

  public ContractGate gate(String subject) {
    return store.inTransaction(session -> session.gate(subject))
        .map(ContractGate::new)
        .orElseThrow(() -> notFound(subject));
  }

  /** Gates the subject on an existing environment (a misspelt one would let every change through). */
  public ContractGate put(String subject, ContractGate gate, String actor) {
    String environment = Names.require("environment name", gate.environment());
    return store.inTransaction(session -> {
      EnvironmentService.requireEnvironment(session, environment);
      Optional<String> previous = session.gate(subject);
      session.putGate(subject, environment);
      Map<String, String> detail = new TreeMap<>(Map.of("environment", environment, "new.environment", environment));
      previous.ifPresent(old -> detail.put("old.environment", old));
      session.appendEvent("CONTRACT_GATE_SET", subject, actor, detail);
      return new ContractGate(environment);
    });
  }

  /** Returns the subject to its compatibility level alone; answers the gate that was removed. */
  public ContractGate delete(String subject, String actor) {
    return store.inTransaction(session -> {
      String environment = session.gate(subject).orElseThrow(() -> notFound(subject));
      session.deleteGate(subject);
      session.appendEvent("CONTRACT_GATE_REMOVED", subject, actor,
          Map.of("environment", environment, "old.environment", environment));
      return new ContractGate(environment);
    });
  }

  private static RegistryException notFound(String subject) {
    return new RegistryException(ErrorCode.NOT_FOUND, "Subject " + subject + " has no contract gate");
  }
}
