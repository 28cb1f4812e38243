package dev.treaty.compatibility.lint.internal;

import java.util.List;
import java.util.Map;

/** Enum symbols are UPPER_SNAKE_CASE (configurable). JSON Schema enum values are data, not names. */
final class EnumSymbolCase implements LintRule {

  @Override
  public String id() {
    return "ENUM_SYMBOL_CASE";
  }

  @Override
  public String category() {
    return "NAMING";
  }

  @Override
  public List<String> formats() {
    return List.of("AVRO", "PROTOBUF");
  }

  @Override
  public String purpose() {
    return "Enum symbols follow one case, so they read as constants in every generated language.";
  }

  @Override
  public Map<String, Object> defaultOptions() {
    return Map.of("case", "UPPER_SNAKE_CASE");
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    if (input.format().equals("JSON")) {
      return;
    }
    NameCase wanted = NameCase.parse(options.string("case"));
    for (TypeNode type : input.model().enums()) {
      for (SymbolNode symbol : type.symbols()) {
        if (!wanted.matches(symbol.name())) {
          report.add(symbol.path(), symbol.location(),
              "Symbol " + symbol.name() + " of enum " + type.name() + " is not " + wanted.label() + ".",
              "Rename it to " + wanted.convert(symbol.name()) + " before the enum is published.");
        }
      }
    }
  }
}
