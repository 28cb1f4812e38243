package dev.treaty.registry.contracts;

import dev.treaty.client.model.ContractEntry;
import dev.treaty.compatibility.ResolvedReference;
import java.util.List;

/**
 * One subject of a stored contract: the entry as published (schema text and type filled in) and
 * the texts of its references, copied at publication so that the contract keeps meaning the same
 * even if the referenced subjects change later.
 */
record ContractSide(ContractEntry entry, List<ResolvedReference> resolved) {

  ContractSide {
    resolved = resolved == null ? List.of() : List.copyOf(resolved);
  }

  String subject() {
    return entry.subject();
  }
}
