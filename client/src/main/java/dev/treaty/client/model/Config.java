package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A config as {@code GET /config} returns it (the level is named {@code compatibilityLevel}).
 * {@code protobufRules} is Treaty's: {@code CONFLUENT}, {@code WIRE} or {@code WIRE_JSON}; so are
 * {@code lintRules} (a lint rule set's name) and {@code lintEnforcement} ({@code ERROR}, {@code WARN}, {@code OFF}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Config(
    String compatibilityLevel,
    String compatibilityPolicy,
    String compatibilityGroup,
    Boolean normalize,
    Boolean validateFields,
    String protobufRules,
    String alias,
    JsonNode defaultMetadata,
    JsonNode overrideMetadata,
    JsonNode defaultRuleSet,
    JsonNode overrideRuleSet,
    String lintRules,
    String lintEnforcement) {

  /** A config without Treaty's lint settings. */
  public Config(
      String compatibilityLevel, String compatibilityPolicy, String compatibilityGroup, Boolean normalize, Boolean validateFields,
      String protobufRules, String alias, JsonNode defaultMetadata, JsonNode overrideMetadata, JsonNode defaultRuleSet,
      JsonNode overrideRuleSet) {
    this(compatibilityLevel, compatibilityPolicy, compatibilityGroup, normalize, validateFields, protobufRules, alias, defaultMetadata,
        overrideMetadata, defaultRuleSet, overrideRuleSet, null, null);
  }

  /** The same settings in the shape PUT takes and answers with. */
  public ConfigUpdateRequest asUpdate() {
    return new ConfigUpdateRequest(
        compatibilityLevel, compatibilityPolicy, compatibilityGroup, normalize, validateFields,
        protobufRules, alias, defaultMetadata, overrideMetadata, defaultRuleSet, overrideRuleSet, lintRules,
        lintEnforcement);
  }
}
