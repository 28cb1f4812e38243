package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A deprecated subject ({@code version} null) or version, as Treaty's API shows it.
 *
 * @param sunset the day ({@code YYYY-MM-DD}, UTC) from which it is retired, or {@code null}
 * @param replacement {@code SUBJECT} or {@code SUBJECT@VERSION}, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Deprecation(
    String subject, Integer version, String reason, String sunset, String replacement, String deprecatedAt) {

  /** Whether the sunset day has come. */
  public boolean isPastSunset(LocalDate today) {
    return sunset != null && !LocalDate.parse(sunset).isAfter(today);
  }

  /** One line for a person: what is deprecated, why, until when, and what to use instead. */
  public String describe() {
    return subject + (version == null ? "" : " version " + version) + " is deprecated"
        + (reason == null ? "" : " (" + reason + ")")
        + (sunset == null ? "" : "; sunset " + sunset)
        + (replacement == null ? "" : "; use " + replacement + " instead");
  }
}
