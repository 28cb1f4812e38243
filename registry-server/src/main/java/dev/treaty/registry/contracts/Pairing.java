package dev.treaty.registry.contracts;

import dev.treaty.client.model.ContractPair;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.registry.service.SubjectService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Matches producers and consumers of the same subject among a set of contracts (the versions that
 * run together) and judges each pair. An application is never paired with itself.
 */
final class Pairing {

  private static final Comparator<ContractPair> ORDER = Comparator.comparing(ContractPair::subject)
      .thenComparing(ContractPair::producer)
      .thenComparing(ContractPair::consumer);

  private final PairVerifier verifier;
  private final Function<String, CheckOptions> optionsOf;
  private final SubjectService subjects;

  /**
   * @param optionsOf the compatibility options of a subject, from its configuration
   * @param subjects where each side's registered version is looked up
   */
  Pairing(PairVerifier verifier, Function<String, CheckOptions> optionsOf, SubjectService subjects) {
    this.verifier = verifier;
    this.optionsOf = optionsOf;
    this.subjects = subjects;
  }

  /** Every pair among {@code contracts}; with a {@code focus} application, only the pairs it is in. */
  List<ContractPair> pairs(List<StoredContract> contracts, String focus) {
    List<ContractPair> pairs = new ArrayList<>();
    RegisteredVersions registered = new RegisteredVersions(subjects);
    for (StoredContract producer : contracts) {
      for (ContractSide produced : producer.body().produces()) {
        for (StoredContract consumer : contracts) {
          if (consumer.application().equals(producer.application())) {
            continue;
          }
          if (focus != null && !focus.equals(producer.application()) && !focus.equals(consumer.application())) {
            continue;
          }
          for (ContractSide consumed : consumer.body().consumes()) {
            if (consumed.subject().equals(produced.subject())) {
              pairs.add(verifier.verify(
                  new Party(producer.application(), producer.version(), produced),
                  new Party(consumer.application(), consumer.version(), consumed),
                  optionsOf.apply(produced.subject()), registered));
            }
          }
        }
      }
    }
    pairs.sort(ORDER);
    return List.copyOf(pairs);
  }
}
