package dev.treaty.compatibility.lint;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.lint.internal.LintInput;
import dev.treaty.compatibility.lint.internal.LintRule;
import dev.treaty.compatibility.lint.internal.RuleOptions;
import java.util.ArrayList;
import java.util.List;

/** Runs a flattened rule set over one schema (and, for rules between versions, the one before). */
public final class Linter {

  private Linter() {}

  /**
   * @param previous the latest registered version, or {@code null}
   * @param fileName shown in .proto locations
   * @param rules a set already {@link LintRuleSets#flatten flattened}
   * @return the findings of every rule not OFF, sorted
   * @throws IllegalArgumentException when a rule's options are not what it takes
   */
  public static List<LintFinding> lint(ParsedSchema schema, ParsedSchema previous, String fileName, LintRuleSet rules) {
    LintInput input = LintInput.of(schema, previous, fileName);
    List<LintFinding> findings = new ArrayList<>();
    for (var entry : rules.rules().entrySet()) {
      RuleSetting setting = entry.getValue();
      if (setting.severity() == LintSeverity.OFF) {
        continue;
      }
      LintRule rule = LintRules.rule(entry.getKey())
          .orElseThrow(() -> new IllegalArgumentException("Unknown lint rule '" + entry.getKey() + "'"));
      if (!rule.formats().contains(input.format())) {
        continue;
      }
      RuleOptions options = new RuleOptions(rule.id(), rule.defaultOptions(), setting.options());
      rule.check(input, options, (path, location, message, remedy) ->
          findings.add(new LintFinding(rule.id(), setting.severity(), path, location, message, remedy)));
    }
    return findings.stream().sorted(LintFinding.ORDER).toList();
  }

  /**
   * Checks a set's rule ids, option names and option values, so a bad set is refused when it is
   * saved: every rule that is on runs once over a small schema of each format it applies to, which
   * reads (and so checks) each of its options.
   *
   * @throws IllegalArgumentException naming the first problem
   */
  public static void validate(LintRuleSet flattened) {
    flattened.rules().forEach((id, setting) -> {
      LintRule rule = LintRules.rule(id).orElseThrow(() -> new IllegalArgumentException("Unknown lint rule '" + id + "'"));
      new RuleOptions(id, rule.defaultOptions(), setting.options());
    });
    for (ParsedSchema probe : Probes.SCHEMAS) {
      lint(probe, probe, "probe.proto", flattened);
    }
  }

  /** One small schema per format, with a record, a nested record and an enum, for {@link #validate}. */
  private static final class Probes {
    static final List<ParsedSchema> SCHEMAS = List.of(
        dev.treaty.compatibility.SchemaFormats.AVRO.parse("{\"type\":\"record\",\"name\":\"P\",\"fields\":["
            + "{\"name\":\"n\",\"type\":{\"type\":\"record\",\"name\":\"N\",\"fields\":[]}},"
            + "{\"name\":\"e\",\"type\":{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[\"A\"]}}]}", List.of()),
        dev.treaty.compatibility.SchemaFormats.JSON.parse("{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"object\","
            + "\"properties\":{}},\"e\":{\"enum\":[\"a\"]}}}", List.of()),
        dev.treaty.compatibility.SchemaFormats.PROTOBUF.parse("syntax = \"proto3\";\npackage p.v1;\n"
            + "message P { N n = 1; E e = 2; }\nmessage N {}\nenum E { E_UNSPECIFIED = 0; }\n"
            + "service PService { rpc Get(GetRequest) returns (GetResponse); }\n"
            + "message GetRequest {}\nmessage GetResponse {}\n", List.of()));
  }
}
