package dev.treaty.compatibility.lint.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A field added since the previous version is optional or has a default, so the contract stays
 * extensible in both directions, whatever compatibility level the subject runs under.
 */
final class FieldAddedOptional implements LintRule {

  @Override
  public String id() {
    return "FIELD_ADDED_OPTIONAL";
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
    return "Fields added in a new version are optional or defaulted, so old and new readers and writers "
        + "keep working together even under BACKWARD-only checks.";
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    EventModel previous = input.comparablePrevious();
    if (previous == null) {
      return;
    }
    for (TypeNode record : input.model().records()) {
      Optional<TypeNode> before = previous.type(record.fullName()).filter(type -> !type.enumType());
      if (before.isEmpty()) {
        continue;
      }
      Set<String> known = before.get().fields().stream().map(FieldNode::name).collect(Collectors.toSet());
      for (FieldNode field : record.fields()) {
        if (!known.contains(field.name()) && !field.optional()) {
          report.add(field.path(), field.location(),
              "Field " + field.name() + " was added to " + record.label() + " as required, so producers on the "
                  + "previous version write events the new readers cannot accept.",
              remedy(input.format(), field.name()));
        }
      }
    }
  }

  private static String remedy(String format, String field) {
    return switch (format) {
      case "AVRO" -> "Give " + field + " a \"default\" (for instance make it [\"null\", ...] with default null).";
      case "JSON" -> "Leave " + field + " out of \"required\".";
      default -> "Declare " + field + " without the required label.";
    };
  }
}
