package dev.treaty.compatibility.lint.internal;

import java.util.List;
import java.util.Map;

/** Field names follow one convention: camelCase in Avro and JSON Schema, lower_snake_case in Protobuf. */
final class FieldNameCase implements LintRule {

  @Override
  public String id() {
    return "FIELD_NAME_CASE";
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
    return "Field and property names follow one case per format, so consumers can map them without a "
        + "table of exceptions.";
  }

  @Override
  public Map<String, Object> defaultOptions() {
    return Map.of("case", "camelCase", "protobufCase", "lower_snake_case");
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    NameCase wanted = NameCase.parse(options.string(input.format().equals("PROTOBUF") ? "protobufCase" : "case"));
    for (TypeNode record : input.model().records()) {
      for (FieldNode field : record.fields()) {
        if (!wanted.matches(field.name())) {
          report.add(field.path(), field.location(),
              "Field " + field.name() + " of " + record.label() + " is not " + wanted.label()
                  + ", so it stands out from the contract's other fields and from generated accessors.",
              "Rename it to " + wanted.convert(field.name()) + " in a new event version"
                  + (input.format().equals("AVRO") ? ", keeping the old name as an alias." : "."));
        }
      }
    }
  }
}
