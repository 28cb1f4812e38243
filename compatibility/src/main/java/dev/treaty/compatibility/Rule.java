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
 */
public record Rule(String format, String id, String purpose, List<String> categories) {
  public Rule {
    categories = List.copyOf(categories);
  }
}
