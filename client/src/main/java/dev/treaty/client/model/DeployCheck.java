package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer of can-i-deploy: whether {@code application} at {@code version} agrees with every
 * application in {@code environment} (or, when {@code environment} is absent, with the latest
 * published version of every other application), and the pairs that were checked.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeployCheck(
    String application, String version, String environment, boolean deployable, List<ContractPair> pairs) {

  public DeployCheck {
    pairs = pairs == null ? List.of() : List.copyOf(pairs);
  }
}
