package dev.treaty.compatibility.lint.internal;

import java.util.List;
import java.util.Map;

/** One lint rule: what it asks, of which formats, with which options; it states its condition only. */
public interface LintRule {

  String id();

  /** {@code ENVELOPE}, {@code NAMING}, {@code DOCS}, {@code EVOLUTION}, {@code SIZE} or {@code BUF}. */
  String category();

  /** The schema types it applies to: {@code AVRO}, {@code JSON}, {@code PROTOBUF}. */
  List<String> formats();

  String purpose();

  default Map<String, Object> defaultOptions() {
    return Map.of();
  }

  void check(LintInput input, RuleOptions options, Report report);

  /** Where a rule reports: the engine adds the rule id and severity. */
  interface Report {
    void add(String path, String location, String message, String remedy);
  }
}
