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

  /**
   * The options a subject's configuration asks for: its {@code compatibilityPolicy} and
   * {@code protobufRules} as the registry stores them (case-insensitive; {@code null} or a value
   * this version does not know means the default). The one mapping server, CLI and plugin share.
   */
  public static CheckOptions of(String compatibilityPolicy, String protobufRules) {
    CheckOptions options = DEFAULTS;
    JsonCompatibilityPolicy policy = known(JsonCompatibilityPolicy.class, compatibilityPolicy);
    ProtobufRuleSet rules = known(ProtobufRuleSet.class, protobufRules);
    if (policy != null) {
      options = options.withJsonPolicy(policy);
    }
    if (rules != null) {
      options = options.withProtobufRules(rules);
    }
    return options;
  }

  private static <E extends Enum<E>> E known(Class<E> type, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, name.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
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
