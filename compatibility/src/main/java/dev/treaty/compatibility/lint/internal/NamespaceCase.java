package dev.treaty.compatibility.lint.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Avro namespaces and Protobuf packages are dot-separated lower_snake_case parts. */
final class NamespaceCase implements LintRule {

  @Override
  public String id() {
    return "NAMESPACE_CASE";
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
    return "Namespaces and packages are reverse-DNS style lower-case parts, so generated packages are legal "
        + "in every language.";
  }

  @Override
  public Map<String, Object> defaultOptions() {
    return Map.of("case", "lower_snake_case");
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    NameCase wanted = NameCase.parse(options.string("case"));
    for (EventModel.Namespace namespace : input.model().namespaces()) {
      String[] parts = namespace.name().split("\\.", -1);
      if (Arrays.stream(parts).allMatch(wanted::matches)) {
        continue;
      }
      String suggested = Arrays.stream(parts).map(wanted::convert).collect(Collectors.joining("."));
      report.add(namespace.path(), namespace.location(),
          "Namespace " + namespace.name() + " has parts that are not " + wanted.label()
              + ", so code generated from it does not follow package naming rules.",
          "Rename it to " + suggested + ".");
    }
  }
}
