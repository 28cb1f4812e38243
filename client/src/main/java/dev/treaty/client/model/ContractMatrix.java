package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Every producer–consumer pair among the versions deployed in one environment, with verdicts. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractMatrix(
    String environment, List<Deployment> deployments, List<ContractPair> pairs, List<DeprecatedUse> deprecations) {

  public ContractMatrix {
    deployments = deployments == null ? List.of() : List.copyOf(deployments);
    pairs = pairs == null ? List.of() : List.copyOf(pairs);
    deprecations = deprecations == null ? List.of() : List.copyOf(deprecations);
  }

  public ContractMatrix(String environment, List<Deployment> deployments, List<ContractPair> pairs) {
    this(environment, deployments, pairs, List.of());
  }
}
