package dev.treaty.registry.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A deprecated subject ({@code version} null) or version: why, what replaces it
 * ({@code SUBJECT[@VERSION]}), from when, and the sunset day after which it stops being accepted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Deprecation(
    String subject, Integer version, String reason, String sunset, String replacement, String deprecatedAt) {

  /** Whether the sunset has come: from the sunset day on (UTC), the schema is retired. */
  public boolean isPastSunset(LocalDate today) {
    return sunset != null && !LocalDate.parse(sunset).isAfter(today);
  }

  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** When the deprecation was declared. */
  public Instant since() {
    return Instant.parse(deprecatedAt);
  }

  /** The replacement's subject, or {@code null}. */
  public String replacementSubject() {
    if (replacement == null) {
      return null;
    }
    int at = replacement.lastIndexOf('@');
    return at < 0 ? replacement : replacement.substring(0, at);
  }

  /** The replacement's version, or {@code null} when it names only a subject. */
  public Integer replacementVersion() {
    if (replacement == null || replacement.lastIndexOf('@') < 0) {
      return null;
    }
    return Integer.valueOf(replacement.substring(replacement.lastIndexOf('@') + 1));
  }
}
