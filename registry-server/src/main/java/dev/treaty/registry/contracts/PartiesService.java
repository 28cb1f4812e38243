package dev.treaty.registry.contracts;

import dev.treaty.client.model.ContractParty;
import dev.treaty.client.model.SubjectParties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The producers and consumers of a subject, for people looking at it: each application's latest
 * version and every version deployed somewhere, with where it runs. Thread-safe.
 */
public final class PartiesService {

  private final ContractStore store;

  PartiesService(ContractStore store) {
    this.store = store;
  }

  public SubjectParties parties(String subject) {
    return store.inTransaction(session -> {
      Map<String, TreeSet<String>> environmentsOf = new HashMap<>();
      for (String environment : session.environments()) {
        for (DeploymentRow row : session.deployments(environment)) {
          environmentsOf.computeIfAbsent(key(row.application(), row.version()), k -> new TreeSet<>()).add(environment);
        }
      }
      Map<String, String> latest = new HashMap<>();
      session.latestContracts().forEach(contract -> latest.put(contract.application(), contract.version()));
      List<StoredContract> contracts = session.allContracts();
      return new SubjectParties(subject,
          parties(contracts, subject, ContractBody::produces, latest, environmentsOf),
          parties(contracts, subject, ContractBody::consumes, latest, environmentsOf));
    });
  }

  private static List<ContractParty> parties(
      List<StoredContract> contracts, String subject, Function<ContractBody, List<ContractSide>> role,
      Map<String, String> latest, Map<String, TreeSet<String>> environmentsOf) {
    List<ContractParty> parties = new ArrayList<>();
    for (StoredContract contract : contracts) {
      boolean involved = role.apply(contract.body()).stream().anyMatch(side -> side.subject().equals(subject));
      boolean isLatest = contract.version().equals(latest.get(contract.application()));
      TreeSet<String> environments = environmentsOf.getOrDefault(key(contract.application(), contract.version()), new TreeSet<>());
      if (involved && (isLatest || !environments.isEmpty())) {
        parties.add(new ContractParty(contract.application(), contract.version(), isLatest, List.copyOf(environments)));
      }
    }
    return parties;
  }

  private static String key(String application, String version) {
    return application + '\n' + version;
  }
}
