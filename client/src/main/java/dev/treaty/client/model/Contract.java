package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A published contract: what one application version produces and consumes, each entry with its
 * schema text and type filled in, sorted by subject. Immutable once published.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contract(
    String application, String version, String publishedAt, List<ContractEntry> produces, List<ContractEntry> consumes) {

  public Contract {
    produces = produces == null ? List.of() : List.copyOf(produces);
    consumes = consumes == null ? List.of() : List.copyOf(consumes);
  }
}
