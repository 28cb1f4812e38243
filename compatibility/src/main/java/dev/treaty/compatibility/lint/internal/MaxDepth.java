package dev.treaty.compatibility.lint.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Records nest at most a set number of levels deep (the event itself is level 1). */
final class MaxDepth implements LintRule {

  @Override
  public String id() {
    return "MAX_DEPTH";
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
    return "Records nest at most a set number of levels, so consumers can read an event without walking a "
        + "deep object graph.";
  }

  @Override
  public Map<String, Object> defaultOptions() {
    return Map.of("max", 4);
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    int max = options.integer("max");
    for (TypeNode event : input.model().events()) {
      deepest(input.model(), event, 1, max, new HashSet<>(), report);
    }
  }

  /** Reports the first field that reaches past the limit on each branch; a recursive type stops the walk. */
  private static void deepest(EventModel model, TypeNode record, int depth, int max, Set<String> onPath, Report report) {
    if (!onPath.add(record.fullName())) {
      return;
    }
    for (FieldNode field : record.fields()) {
      if (field.target() == null) {
        continue;
      }
      TypeNode nested = model.type(field.target()).orElse(null);
      if (nested == null) {
        continue;
      }
      if (depth + 1 > max) {
        report.add(field.path(), field.location(),
            "Field " + field.name() + " of " + record.label() + " nests records " + (depth + 1)
                + " levels deep, more than the " + max + " allowed, so consumers must walk a deep object graph.",
            "Flatten " + nested.label() + " into " + record.label() + ", or refer to it by id.");
      } else {
        deepest(model, nested, depth + 1, max, onPath, report);
      }
    }
    onPath.remove(record.fullName());
  }
}
