package dev.treaty.compatibility.lint.internal;

import java.util.List;
import java.util.Map;

/** Records, messages and enums say what they are: Avro {@code doc}, JSON Schema {@code description}, a leading comment. */
final class TypeDocumented implements LintRule {

  @Override
  public String id() {
    return "TYPE_DOCUMENTED";
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
    return "Every record, message and enum is documented, so a consumer learns what the event means "
        + "without asking its producer.";
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    for (TypeNode type : input.model().types()) {
      if (type.documented() || (type.enumType() && input.format().equals("JSON"))) {
        continue;
      }
      report.add(type.path(), type.location(),
          (type.enumType() ? "Enum " : "Record ") + type.label() + " has no documentation, so consumers must guess "
              + "what it means.",
          DocsRemedy.of(input.format(), type.label()));
    }
  }
}
