package dev.treaty.registry.contracts;

import dev.treaty.client.model.ContractParty;
import dev.treaty.client.model.SubjectParties;
import dev.treaty.registry.service.SubjectService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The producers and consumers of a subject, for people looking at it: each application's latest
 * version and every version deployed somewhere, with where it runs, which registered version its
 * schema is and whether it agrees with the subject's latest version. Thread-safe.
 */
public final class PartiesService {

  private final ContractStore store;
  private final SubjectService subjects;
  private final LatestAgreement agreement;

  PartiesService(ContractStore store, SubjectService subjects, LatestAgreement agreement) {
    this.store = store;
    this.subjects = subjects;
    this.agreement = agreement;
  }

  public SubjectParties parties(String subject) {
    // the registry's tables are read after the contracts' transaction, on their own
    Found found = store.inTransaction(session -> {
      Map<String, TreeSet<String>> environmentsOf = new HashMap<>();
      for (String environment : session.environments()) {
        for (DeploymentRow row : session.deployments(environment)) {
          environmentsOf.computeIfAbsent(key(row.application(), row.version()), k -> new TreeSet<>()).add(environment);
        }
      }
      Map<String, String> latest = new HashMap<>();
      session.latestContracts().forEach(contract -> latest.put(contract.application(), contract.version()));
      return new Found(session.allContracts(), latest, environmentsOf);
    });
    Optional<LatestAgreement.Latest> newest = agreement.latest(subject);
    RegisteredVersions registered = new RegisteredVersions(subjects);
    return new SubjectParties(subject, newest.map(LatestAgreement.Latest::version).orElse(null),
        parties(found, subject, true, newest, registered),
        parties(found, subject, false, newest, registered));
  }

  private record Found(
      List<StoredContract> contracts, Map<String, String> latest, Map<String, TreeSet<String>> environmentsOf) {}

  private List<ContractParty> parties(
      Found found, String subject, boolean producers, Optional<LatestAgreement.Latest> newest,
      RegisteredVersions registered) {
    List<ContractParty> parties = new ArrayList<>();
    for (StoredContract contract : found.contracts()) {
      List<ContractSide> sides = producers ? contract.body().produces() : contract.body().consumes();
      Optional<ContractSide> side = sides.stream().filter(s -> s.subject().equals(subject)).findFirst();
      boolean isLatest = contract.version().equals(found.latest().get(contract.application()));
      TreeSet<String> environments =
          found.environmentsOf().getOrDefault(key(contract.application(), contract.version()), new TreeSet<>());
      if (side.isPresent() && (isLatest || !environments.isEmpty())) {
        Integer version = registered.of(side.get());
        Boolean agrees = newest.map(latest -> version != null && version == latest.version()
            || agreement.agrees(side.get(), producers, latest)).orElse(null);
        parties.add(new ContractParty(contract.application(), contract.version(), isLatest, List.copyOf(environments),
            version, agrees));
      }
    }
    return parties;
  }

  private static String key(String application, String version) {
    return application + '\n' + version;
  }
}
