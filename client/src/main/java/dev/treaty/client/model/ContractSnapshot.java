package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contracts a build needs, saved to a file so that contract tests can run without a registry
 * ({@code treaty contract pull --to FILE}): for each subject, the contracts of its producers and
 * consumers, either their latest versions or, with {@code environment}, those deployed there.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractSnapshot(String registry, String environment, String pulledAt, Map<String, Parties> subjects) {

  public ContractSnapshot {
    subjects = subjects == null ? Map.of() : new TreeMap<>(subjects);
  }

  /** The contracts that produce and consume one subject. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Parties(List<Contract> producers, List<Contract> consumers) {
    public Parties {
      producers = producers == null ? List.of() : List.copyOf(producers);
      consumers = consumers == null ? List.of() : List.copyOf(consumers);
    }
  }
}
