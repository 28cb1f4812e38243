package dev.treaty.compatibility.lint.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Amounts of money are exact: never a binary floating-point number. */
final class MoneyTyped implements LintRule {

  @Override
  public String id() {
    return "MONEY_TYPED";
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
    return "Money is a decimal or integer minor units, never float or double, so amounts add up the same "
        + "in every consumer.";
  }

  @Override
  public Map<String, Object> defaultOptions() {
    return Map.of("namePattern", "(?i).*(amount|price|total|cost|balance|fee|tax|money)");
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    Pattern names = Pattern.compile(options.string("namePattern"));
    for (TypeNode record : input.model().records()) {
      for (FieldNode field : record.fields()) {
        if (field.type() == ValueType.FLOAT && names.matcher(field.name()).matches()) {
          report.add(field.path(), field.location(),
              "Field " + field.name() + " of " + record.label() + " holds money as " + field.typeText()
                  + ", which cannot represent most decimal amounts exactly, so sums drift between consumers.",
              remedy(input.format()));
        }
      }
    }
  }

  private static String remedy(String format) {
    return switch (format) {
      case "AVRO" -> "Declare it as {\"type\": \"bytes\", \"logicalType\": \"decimal\", \"precision\": 12, \"scale\": 2}.";
      case "JSON" -> "Declare it as a string with a decimal \"pattern\", or as an integer of minor units.";
      default -> "Declare it as google.type.Money, or as int64 minor units.";
    };
  }
}
