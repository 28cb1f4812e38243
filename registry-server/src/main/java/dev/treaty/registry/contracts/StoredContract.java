package dev.treaty.registry.contracts;

import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** A published contract of one application version. */
record StoredContract(String application, String version, long publishedAt, ContractBody body) {

  static StoredContract read(ResultSet rs) throws SQLException {
    return new StoredContract(
        rs.getString("application"),
        rs.getString("version"),
        rs.getLong("created_at"),
        ContractJson.read(rs.getString("contract_json"), ContractBody.class));
  }

  Contract wire() {
    return new Contract(application, version, Instant.ofEpochMilli(publishedAt).toString(),
        entries(body.produces()), entries(body.consumes()));
  }

  private static List<ContractEntry> entries(List<ContractSide> sides) {
    return sides.stream().map(ContractSide::entry).toList();
  }
}
