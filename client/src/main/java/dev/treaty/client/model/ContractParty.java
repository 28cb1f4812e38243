package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An application version that produces or consumes a subject: whether it is the application's
 * latest published version, and the environments it is deployed in. {@code schemaVersion} is the
 * registered version of the subject its schema is ({@code null} when not registered);
 * {@code agreesWithLatest} says whether it meets the subject's latest version (a consumer reads
 * what the latest version writes, a producer writes what a reader of it reads), {@code null} when
 * the subject has no live version.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractParty(
    String application,
    String version,
    boolean latest,
    List<String> environments,
    Integer schemaVersion,
    Boolean agreesWithLatest) {

  public ContractParty {
    environments = environments == null ? List.of() : List.copyOf(environments);
  }
}
