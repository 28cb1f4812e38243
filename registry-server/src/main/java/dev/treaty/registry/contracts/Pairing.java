package dev.treaty.registry.contracts;

import dev.treaty.client.model.ContractPair;
import dev.treaty.compatibility.CheckOptions;
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

  /** @param optionsOf the compatibility options of a subject, from its configuration */
  Pairing(PairVerifier verifier, Function<String, CheckOptions> optionsOf) {
    this.verifier = verifier;
    this.optionsOf = optionsOf;
  }

  /** Every pair among {@code contracts}; with a {@code focus} application, only the pairs it is in. */
  List<ContractPair> pairs(List<StoredContract> contracts, String focus) {
    List<ContractPair> pairs = new ArrayList<>();
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
                  optionsOf.apply(produced.subject())));
            }
          }
        }
      }
    }
    pairs.sort(ORDER);
    return List.copyOf(pairs);
  }
}
