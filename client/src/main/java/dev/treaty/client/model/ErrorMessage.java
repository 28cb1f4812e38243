package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The one error body: Confluent's {@code error_code} and {@code message}, plus Treaty's structured
 * {@code incompatibilities} and the {@code judge} that refused on a 409.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorMessage(
    @JsonProperty("error_code") int errorCode,
    String message,
    List<Incompatibility> incompatibilities,
    Judge judge) {

  public ErrorMessage(int errorCode, String message) {
    this(errorCode, message, List.of(), null);
  }

  public ErrorMessage(int errorCode, String message, List<Incompatibility> incompatibilities) {
    this(errorCode, message, incompatibilities, null);
  }
}
