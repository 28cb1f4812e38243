package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An application version that produces or consumes a subject: whether it is the application's
 * latest published version, and the environments it is deployed in.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractParty(String application, String version, boolean latest, List<String> environments) {

  public ContractParty {
    environments = environments == null ? List.of() : List.copyOf(environments);
  }
}
