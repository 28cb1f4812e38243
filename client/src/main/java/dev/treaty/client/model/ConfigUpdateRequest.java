package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Body and answer of {@code PUT /config}: like {@link Config} but the level is named
 * {@code compatibility}, as Confluent's clients expect.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfigUpdateRequest(
    String compatibility,
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
  public ConfigUpdateRequest(
      String compatibility, String compatibilityPolicy, String compatibilityGroup, Boolean normalize, Boolean validateFields,
      String protobufRules, String alias, JsonNode defaultMetadata, JsonNode overrideMetadata, JsonNode defaultRuleSet,
      JsonNode overrideRuleSet) {
    this(compatibility, compatibilityPolicy, compatibilityGroup, normalize, validateFields, protobufRules, alias, defaultMetadata,
        overrideMetadata, defaultRuleSet, overrideRuleSet, null, null);
  }

  /** The same settings in the shape GET answers with. */
  public Config asConfig() {
    return new Config(
        compatibility, compatibilityPolicy, compatibilityGroup, normalize, validateFields,
        protobufRules, alias, defaultMetadata, overrideMetadata, defaultRuleSet, overrideRuleSet, lintRules,
        lintEnforcement);
  }
}
