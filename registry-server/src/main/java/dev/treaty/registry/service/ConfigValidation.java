package dev.treaty.registry.service;

import dev.treaty.client.model.ConfigUpdateRequest;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.JsonCompatibilityPolicy;
import dev.treaty.compatibility.ProtobufRuleSet;
import java.util.Locale;

/** Checks a merged config before it is stored, and writes its enum values in upper case. */
final class ConfigValidation {

  private ConfigValidation() {}

  /** @throws RegistryException 42203 for an unknown level, policy or Protobuf rule set; 42210 for a bad rule set */
  static ConfigUpdateRequest validate(ConfigUpdateRequest config) {
    String level = config.compatibility();
    if (level != null) {
      try {
        level = CompatibilityLevel.parse(level).name();
      } catch (IllegalArgumentException e) {
        throw new RegistryException(ErrorCode.INVALID_COMPATIBILITY_LEVEL, e.getMessage());
      }
    }
    String policy = upper(config.compatibilityPolicy());
    if (policy != null && !isOneOf(policy, JsonCompatibilityPolicy.values())) {
      throw new RegistryException(
          ErrorCode.INVALID_COMPATIBILITY_LEVEL, "Invalid compatibility policy: " + config.compatibilityPolicy());
    }
    String protobufRules = upper(config.protobufRules());
    if (protobufRules != null && !isOneOf(protobufRules, ProtobufRuleSet.values())) {
      throw new RegistryException(
          ErrorCode.INVALID_COMPATIBILITY_LEVEL,
          "Invalid protobufRules: " + config.protobufRules() + "; valid values are CONFLUENT, WIRE, WIRE_JSON");
    }
    String lintEnforcement = upper(config.lintEnforcement());
    if (lintEnforcement != null) {
      LintPolicy.enforcement(lintEnforcement);
    }
    RuleSets.requireValid(config.defaultRuleSet());
    RuleSets.requireValid(config.overrideRuleSet());
    return new ConfigUpdateRequest(
        level, policy, config.compatibilityGroup(), config.normalize(), config.validateFields(), protobufRules,
        config.alias(), config.defaultMetadata(), config.overrideMetadata(), config.defaultRuleSet(),
        config.overrideRuleSet(), config.lintRules(), lintEnforcement);
  }

  private static String upper(String value) {
    return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
  }

  private static boolean isOneOf(String value, Enum<?>[] values) {
    for (Enum<?> candidate : values) {
      if (candidate.name().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
