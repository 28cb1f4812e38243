package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Answer of the compatibility endpoints. {@code messages} (Confluent's text) and
 * {@code incompatibilities} (Treaty's structured findings) are only present when verbose output was
 * asked for; {@code messages} is then present even when empty. {@code judge} says who decided:
 * the level, or the contract gate, exactly as a registration of the same schema would be decided.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompatibilityCheckResponse(
    @JsonProperty("is_compatible") boolean isCompatible,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> messages,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Incompatibility> incompatibilities,
    @JsonInclude(JsonInclude.Include.NON_NULL) Judge judge) {

  public CompatibilityCheckResponse(boolean isCompatible, List<String> messages, List<Incompatibility> incompatibilities) {
    this(isCompatible, messages, incompatibilities, null);
  }
}
