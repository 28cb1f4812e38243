package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer of can-i-deploy: whether {@code application} at {@code version} agrees with every
 * application in {@code environment} (or, when {@code environment} is absent, with the latest
 * published version of every other application), the pairs that were checked, and the deprecated
 * subjects or versions the application uses: any past its sunset makes it not deployable. When
 * verification was required, {@code verifications} says for each application pair whether a producer
 * build verified it; a pair without a passing verification makes the answer not deployable.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeployCheck(
    String application, String version, String environment, boolean deployable, List<ContractPair> pairs,
    List<DeprecatedUse> deprecations, List<PairVerification> verifications) {

  public DeployCheck {
    pairs = pairs == null ? List.of() : List.copyOf(pairs);
    deprecations = deprecations == null ? List.of() : List.copyOf(deprecations);
    verifications = verifications == null ? List.of() : List.copyOf(verifications);
  }

  /** An answer that did not look at verification results. */
  public DeployCheck(
      String application, String version, String environment, boolean deployable, List<ContractPair> pairs,
      List<DeprecatedUse> deprecations) {
    this(application, version, environment, deployable, pairs, deprecations, List.of());
  }

  /** An answer that looked at neither deprecations nor verification results. */
  public DeployCheck(String application, String version, String environment, boolean deployable, List<ContractPair> pairs) {
    this(application, version, environment, deployable, pairs, List.of());
  }
}
