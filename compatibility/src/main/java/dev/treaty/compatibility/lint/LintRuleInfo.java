package dev.treaty.compatibility.lint;

import java.util.List;
import java.util.Map;

/**
 * One entry of the lint rule catalogue.
 *
 * @param id stable UPPER_SNAKE id, never renamed
 * @param category {@code ENVELOPE}, {@code NAMING}, {@code DOCS}, {@code EVOLUTION}, {@code SIZE}
 *     or {@code BUF} (buf's STANDARD style rules, with buf's ids)
 * @param formats the schema types it applies to ({@code AVRO}, {@code JSON}, {@code PROTOBUF})
 * @param purpose one sentence: what the rule asks and why
 * @param defaultOptions its options and their defaults
 */
public record LintRuleInfo(
    String id, String category, List<String> formats, String purpose, Map<String, Object> defaultOptions) {

  public LintRuleInfo {
    formats = List.copyOf(formats);
    defaultOptions = Map.copyOf(defaultOptions);
  }
}
