package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityLevel;

/** The config that applies to one subject, after merging subject over global over defaults. */
record Settings(
    CompatibilityLevel level,
    boolean normalize,
    CheckOptions options,
    JsonNode defaultMetadata,
    JsonNode overrideMetadata,
    JsonNode defaultRuleSet,
    JsonNode overrideRuleSet) {

  Settings withLevel(CompatibilityLevel other) {
    return new Settings(other, normalize, options, defaultMetadata, overrideMetadata, defaultRuleSet, overrideRuleSet);
  }
}
