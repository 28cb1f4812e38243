package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityLevel;

/**
 * The config that applies to one subject, after merging subject over global over defaults.
 * {@code compatibilityGroup} names a metadata property: only versions with the same value of it
 * are checked against each other. {@code validateFields} turns on Confluent's field checks (see
 * {@link FieldValidation}).
 */
record Settings(
    CompatibilityLevel level,
    boolean normalize,
    CheckOptions options,
    JsonNode defaultMetadata,
    JsonNode overrideMetadata,
    JsonNode defaultRuleSet,
    JsonNode overrideRuleSet,
    String compatibilityGroup,
    LintPolicy lint,
    boolean validateFields) {

  Settings withLevel(CompatibilityLevel other) {
    return new Settings(
        other, normalize, options, defaultMetadata, overrideMetadata, defaultRuleSet, overrideRuleSet, compatibilityGroup,
        lint, validateFields);
  }
}
