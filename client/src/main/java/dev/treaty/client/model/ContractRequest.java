package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Body of a contract publication: the subjects an application version produces and consumes. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractRequest(List<ContractEntry> produces, List<ContractEntry> consumes) {

  public ContractRequest {
    produces = produces == null ? List.of() : List.copyOf(produces);
    consumes = consumes == null ? List.of() : List.copyOf(consumes);
  }
}
