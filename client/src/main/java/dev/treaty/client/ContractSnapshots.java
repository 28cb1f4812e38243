package dev.treaty.client;

import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractParty;
import dev.treaty.client.model.ContractSnapshot;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SubjectParties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Takes a {@link ContractSnapshot} of some subjects from a registry. */
public final class ContractSnapshots {

  private ContractSnapshots() {}

  /**
   * The contracts of every producer and consumer of {@code subjects}: the latest version of each
   * application, or with an {@code environment} the versions deployed there; with the registered
   * versions their schemas refer to, so that the snapshot alone can parse them.
   */
  public static ContractSnapshot pull(RegistryClient client, String registryUrl, List<String> subjects, String environment) {
    Map<String, ContractSnapshot.Parties> bySubject = new TreeMap<>();
    for (String subject : subjects) {
      SubjectParties parties = client.subjectParties(subject);
      bySubject.put(subject, new ContractSnapshot.Parties(
          contracts(client, parties.producers(), environment), contracts(client, parties.consumers(), environment)));
    }
    Map<String, Schema> referenced = new TreeMap<>();
    ReferenceResolver.Lookup registry = ReferenceResolver.lookupIn(client);
    ReferenceResolver recording = new ReferenceResolver(reference -> {
      Schema schema = registry.find(reference);
      referenced.put(reference.subject() + '\n' + String.format("%010d", schema.version()), schema);
      return schema;
    });
    bySubject.values().stream()
        .flatMap(parties -> Stream.concat(parties.producers().stream(), parties.consumers().stream()))
        .flatMap(contract -> Stream.concat(contract.produces().stream(), contract.consumes().stream()))
        .map(ContractEntry::references)
        .forEach(recording::resolve);
    return new ContractSnapshot(registryUrl, environment, Instant.now().toString(), bySubject, List.copyOf(referenced.values()));
  }

  private static List<Contract> contracts(RegistryClient client, List<ContractParty> parties, String environment) {
    return parties.stream()
        .filter(party -> environment == null ? party.latest() : party.environments().contains(environment))
        .map(party -> client.contract(party.application(), party.version()))
        .toList();
  }
}
