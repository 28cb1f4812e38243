package dev.treaty.compatibility;

import java.util.List;

/**
 * One entry of the rule catalogue.
 *
 * @param format the {@link SchemaFormat#name()} it belongs to, or {@code ANY}
 * @param id stable UPPER_SNAKE id; never renamed
 * @param purpose one sentence: what the rule catches and why it matters
 * @param categories rule sets or policies the rule belongs to (e.g. {@code CONFLUENT},
 *     {@code WIRE}, {@code WIRE_JSON}, {@code STRICT}), empty when it always applies
 * @param remedy one sentence: how to make the change safely (or, for a payload rule, how to fix
 *     the example); every finding of the rule carries it
 */
public record Rule(String format, String id, String purpose, List<String> categories, String remedy) {
  public Rule {
    categories = List.copyOf(categories);
    if (remedy == null || remedy.isBlank()) {
      throw new IllegalArgumentException("Rule " + id + " needs a remedy");
    }
  }
}
