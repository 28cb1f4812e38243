package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One breaking change, structured: the stable rule id, an RFC 6901 pointer into the schema (and a
 * .proto location where known), a sentence naming the edit and whom it breaks, the first direction
 * it breaks in and the existing version; then the verdict per direction checked
 * ({@code {"BACKWARD":"SAFE","FORWARD":"BREAKING"}}) and how to make the change safely; {@code side}
 * says which schema {@code location} is in ({@code OLD} for a deletion, else {@code NEW}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Incompatibility(
    String ruleId, String path, String location, String message, String direction, Integer version,
    Map<String, String> verdicts, String remedy, String side) {

  public Incompatibility {
    // kept in the order given (BACKWARD before FORWARD); absent from an older registry's answer
    verdicts = verdicts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
  }

  public Incompatibility(String ruleId, String path, String location, String message, String direction, Integer version) {
    this(ruleId, path, location, message, direction, version, Map.of(), null, null);
  }

  public Incompatibility(String ruleId, String path, String location, String message, String direction, Integer version,
      Map<String, String> verdicts, String remedy) {
    this(ruleId, path, location, message, direction, version, verdicts, remedy, null);
  }
}
