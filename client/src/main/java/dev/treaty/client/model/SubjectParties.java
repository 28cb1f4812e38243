package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who writes and who reads a subject, by contract: the latest version of each application and
 * every version deployed somewhere, sorted by application and publication. {@code latestVersion} is
 * the subject's latest live version, which each party is compared with ({@code null} when none).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubjectParties(
    String subject, Integer latestVersion, List<ContractParty> producers, List<ContractParty> consumers) {

  public SubjectParties {
    producers = producers == null ? List.of() : List.copyOf(producers);
    consumers = consumers == null ? List.of() : List.copyOf(consumers);
  }
}
