package dev.treaty.registry.contracts;

import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractEntry;
import java.time.Instant;
import java.util.List;

/** A published contract of one application version. */
record StoredContract(String application, String version, long publishedAt, ContractBody body) {

  Contract wire() {
    return new Contract(application, version, Instant.ofEpochMilli(publishedAt).toString(),
        entries(body.produces()), entries(body.consumes()));
  }

  private static List<ContractEntry> entries(List<ContractSide> sides) {
    return sides.stream().map(ContractSide::entry).toList();
  }
}
