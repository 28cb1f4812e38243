package dev.treaty.compatibility;

import java.util.Objects;

/**
 * Per-subject choices that change verdicts — Confluent's JSON Schema {@code compatibilityPolicy}
 * and Treaty's {@code protobufRules} — and whether safe changes are reported besides the breaking
 * ones.
 *
 * @param safeChanges {@code true} to list safe changes too (what a diff shows); {@code false} when
 *     only the verdict and its breaking findings matter (registration), which saves work
 */
public record CheckOptions(
    JsonCompatibilityPolicy jsonPolicy, ProtobufRuleSet protobufRules, boolean safeChanges) {

  /** Confluent's defaults: STRICT JSON Schema rules, Confluent's Protobuf rules; safe changes listed. */
  public static final CheckOptions DEFAULTS =
      new CheckOptions(JsonCompatibilityPolicy.STRICT, ProtobufRuleSet.CONFLUENT, true);

  public CheckOptions {
    Objects.requireNonNull(jsonPolicy, "jsonPolicy");
    Objects.requireNonNull(protobufRules, "protobufRules");
  }

  public CheckOptions(JsonCompatibilityPolicy jsonPolicy, ProtobufRuleSet protobufRules) {
    this(jsonPolicy, protobufRules, true);
  }

  public CheckOptions withJsonPolicy(JsonCompatibilityPolicy policy) {
    return new CheckOptions(policy, protobufRules, safeChanges);
  }

  public CheckOptions withProtobufRules(ProtobufRuleSet rules) {
    return new CheckOptions(jsonPolicy, rules, safeChanges);
  }

  /** The same choices, reporting breaking findings only. */
  public CheckOptions breakingOnly() {
    return new CheckOptions(jsonPolicy, protobufRules, false);
  }
}
