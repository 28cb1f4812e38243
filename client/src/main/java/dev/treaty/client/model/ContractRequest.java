package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Body of a contract publication: the subjects an application version produces and consumes. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractRequest(List<ContractEntry> produces, List<ContractEntry> consumes) {

  // null entries are kept, so that the server can say what is wrong with them
  public ContractRequest {
    produces = produces == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(produces));
    consumes = consumes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(consumes));
  }
}
