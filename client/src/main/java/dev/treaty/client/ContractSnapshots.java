package dev.treaty.client;

import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractParty;
import dev.treaty.client.model.ContractSnapshot;
import dev.treaty.client.model.SubjectParties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Takes a {@link ContractSnapshot} of some subjects from a registry. */
public final class ContractSnapshots {

  private ContractSnapshots() {}

  /**
   * The contracts of every producer and consumer of {@code subjects}: the latest version of each
   * application, or with an {@code environment} the versions deployed there.
   */
  public static ContractSnapshot pull(RegistryClient client, String registryUrl, List<String> subjects, String environment) {
    Map<String, ContractSnapshot.Parties> bySubject = new TreeMap<>();
    for (String subject : subjects) {
      SubjectParties parties = client.subjectParties(subject);
      bySubject.put(subject, new ContractSnapshot.Parties(
          contracts(client, parties.producers(), environment), contracts(client, parties.consumers(), environment)));
    }
    return new ContractSnapshot(registryUrl, environment, Instant.now().toString(), bySubject);
  }

  private static List<Contract> contracts(RegistryClient client, List<ContractParty> parties, String environment) {
    return parties.stream()
        .filter(party -> environment == null ? party.latest() : party.environments().contains(environment))
        .map(party -> client.contract(party.application(), party.version()))
        .toList();
  }
}
