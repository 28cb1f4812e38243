package dev.treaty.compatibility;

/** Confluent's JSON Schema compatibility policies (config field {@code compatibilityPolicy}). */
public enum JsonCompatibilityPolicy {
  /** Confluent's default: open content models may not gain or lose declared properties. */
  STRICT,
  /** Opt-in: changes that only matter to documents with undeclared properties are allowed. */
  LENIENT
}
