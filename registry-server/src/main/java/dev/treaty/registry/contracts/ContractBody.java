package dev.treaty.registry.contracts;

import java.util.List;

/** What a contract says, as stored: produced and consumed subjects, each list sorted by subject. */
record ContractBody(List<ContractSide> produces, List<ContractSide> consumes) {

  ContractBody {
    produces = produces == null ? List.of() : List.copyOf(produces);
    consumes = consumes == null ? List.of() : List.copyOf(consumes);
  }
}
