package dev.treaty.compatibility.lint.internal;

import java.util.List;
import java.util.Map;

/**
 * An enum can take new symbols: Avro enums have a {@code default}, Protobuf enums an
 * {@code _UNSPECIFIED} zero value, JSON Schema enum properties a {@code default}.
 */
final class EnumHasDefault implements LintRule {

  @Override
  public String id() {
    return "ENUM_HAS_DEFAULT";
  }

  @Override
  public String category() {
    return "EVOLUTION";
  }

  @Override
  public List<String> formats() {
    return List.of("AVRO", "JSON", "PROTOBUF");
  }

  @Override
  public String purpose() {
    return "Enums carry a default or an unspecified zero value, so adding a symbol later does not break "
        + "readers that do not know it yet.";
  }

  @Override
  public Map<String, Object> defaultOptions() {
    return Map.of("zeroValueSuffixes", List.of("_UNSPECIFIED", "_UNKNOWN"));
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    List<String> suffixes = options.strings("zeroValueSuffixes");
    for (TypeNode type : input.model().enums()) {
      if (input.format().equals("PROTOBUF")) {
        SymbolNode first = type.symbols().isEmpty() ? null : type.symbols().get(0);
        if (first == null || first.number() != 0 || suffixes.stream().noneMatch(first.name()::endsWith)) {
          report.add(type.path(), type.location(),
              "Enum " + type.name() + " has no unspecified zero value, so a reader that meets a value added "
                  + "later sees it as a real choice.",
              "Make its first value " + NameCase.toLowerSnake(type.name()).toUpperCase(java.util.Locale.ROOT)
                  + suffixes.get(0) + " = 0.");
        }
      } else if (!type.enumDefault()) {
        report.add(type.path(), type.location(),
            "Enum " + type.name() + " has no default, so a reader meets a symbol added later with an error.",
            input.format().equals("AVRO")
                ? "Add \"default\" naming a symbol such as UNKNOWN to the enum."
                : "Add a \"default\" to the property " + type.name() + ".");
      }
    }
  }
}
