package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of Treaty's change feed: what changed ({@code type}, e.g. {@code SCHEMA_REGISTERED}),
 * when (ISO-8601 {@code time}), where, and who asked. {@code detail} names what a subject and
 * version cannot, such as the application, its version and the environment of a deployment.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryEvent(
    long id, String time, String type, String subject, Integer version, Integer schemaId, String actor,
    Map<String, String> detail) {

  public RegistryEvent {
    // sorted, so that the feed's JSON is stable
    detail = detail == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(detail));
  }

  public RegistryEvent(
      long id, String time, String type, String subject, Integer version, Integer schemaId, String actor) {
    this(id, time, type, subject, version, schemaId, actor, Map.of());
  }
}
