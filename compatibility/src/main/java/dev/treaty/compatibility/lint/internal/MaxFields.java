package dev.treaty.compatibility.lint.internal;

import java.util.List;
import java.util.Map;

/** No record has more fields than the team agreed: a bloated event is a leaking model. */
final class MaxFields implements LintRule {

  @Override
  public String id() {
    return "MAX_FIELDS";
  }

  @Override
  public String category() {
    return "SIZE";
  }

  @Override
  public List<String> formats() {
    return List.of("AVRO", "JSON", "PROTOBUF");
  }

  @Override
  public String purpose() {
    return "A record has at most a set number of fields, so events carry what consumers need and not the "
        + "producer's whole model.";
  }

  @Override
  public Map<String, Object> defaultOptions() {
    return Map.of("max", 40);
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    int max = options.integer("max");
    for (TypeNode record : input.model().records()) {
      if (record.fields().size() > max) {
        report.add(record.path(), record.location(),
            record.label() + " has " + record.fields().size() + " fields, more than the " + max
                + " allowed, so every consumer depends on more of the producer's model than it needs.",
            "Move fields that describe something else into their own event or a referenced record.");
      }
    }
  }
}
