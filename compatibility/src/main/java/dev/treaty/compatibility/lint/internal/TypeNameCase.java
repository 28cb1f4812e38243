package dev.treaty.compatibility.lint.internal;

import java.util.List;
import java.util.Map;

/** Records, messages and enums follow one naming convention (PascalCase by default). */
final class TypeNameCase implements LintRule {

  @Override
  public String id() {
    return "TYPE_NAME_CASE";
  }

  @Override
  public String category() {
    return "NAMING";
  }

  @Override
  public List<String> formats() {
    return List.of("AVRO", "JSON", "PROTOBUF");
  }

  @Override
  public String purpose() {
    return "Record, message and enum names (JSON Schema: definition names) follow one case, so generated "
        + "classes read alike across teams.";
  }

  @Override
  public Map<String, Object> defaultOptions() {
    return Map.of("case", "PascalCase");
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    NameCase wanted = NameCase.parse(options.string("case"));
    for (TypeNode type : input.model().types()) {
      if (!named(input, type) || wanted.matches(type.name())) {
        continue;
      }
      String kind = type.enumType() ? "Enum" : "Record";
      report.add(type.path(), type.location(),
          kind + " name " + type.name() + " is not " + wanted.label() + ", unlike the rest of the contract, so "
              + "generated code and documentation mix conventions.",
          "Rename it to " + wanted.convert(type.name()) + ".");
    }
  }

  private static boolean named(LintInput input, TypeNode type) {
    if (type.name() == null) {
      return false;
    }
    if (!input.format().equals("JSON")) {
      return true;
    }
    return !type.enumType() && (type.path().startsWith("/definitions/") || type.path().startsWith("/$defs/"));
  }
}
