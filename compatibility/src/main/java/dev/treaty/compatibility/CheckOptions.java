package dev.treaty.compatibility;

import java.util.Objects;

/**
 * Per-subject choices that change verdicts: Confluent's JSON Schema {@code compatibilityPolicy}
 * and Treaty's {@code protobufRules}.
 */
public record CheckOptions(JsonCompatibilityPolicy jsonPolicy, ProtobufRuleSet protobufRules) {

  /** Confluent's defaults: STRICT JSON Schema rules, Confluent's Protobuf rules. */
  public static final CheckOptions DEFAULTS =
      new CheckOptions(JsonCompatibilityPolicy.STRICT, ProtobufRuleSet.CONFLUENT);

  public CheckOptions {
    Objects.requireNonNull(jsonPolicy, "jsonPolicy");
    Objects.requireNonNull(protobufRules, "protobufRules");
  }

  public CheckOptions withJsonPolicy(JsonCompatibilityPolicy policy) {
    return new CheckOptions(policy, protobufRules);
  }

  public CheckOptions withProtobufRules(ProtobufRuleSet rules) {
    return new CheckOptions(jsonPolicy, rules);
  }
}
