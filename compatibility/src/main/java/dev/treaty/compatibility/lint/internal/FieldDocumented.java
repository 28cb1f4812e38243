package dev.treaty.compatibility.lint.internal;

import java.util.List;
import java.util.Map;

/** Every field says what it holds, in its unit and meaning. */
final class FieldDocumented implements LintRule {

  @Override
  public String id() {
    return "FIELD_DOCUMENTED";
  }

  @Override
  public String category() {
    return "DOCS";
  }

  @Override
  public List<String> formats() {
    return List.of("AVRO", "JSON", "PROTOBUF");
  }

  @Override
  public String purpose() {
    return "Every field is documented, so its meaning and unit travel with the contract.";
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    for (TypeNode record : input.model().records()) {
      for (FieldNode field : record.fields()) {
        if (!field.documented()) {
          report.add(field.path(), field.location(),
              "Field " + field.name() + " of " + record.label() + " has no documentation, so consumers must guess "
                  + "its meaning and unit.",
              DocsRemedy.of(input.format(), field.name()));
        }
      }
    }
  }
}
