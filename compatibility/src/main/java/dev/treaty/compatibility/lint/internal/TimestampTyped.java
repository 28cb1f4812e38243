package dev.treaty.compatibility.lint.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A field whose name says it is a point in time is typed as one, not as a bare string or number. */
final class TimestampTyped implements LintRule {

  private static final Set<ValueType> TIMES = Set.of(ValueType.TIMESTAMP, ValueType.DATE);

  @Override
  public String id() {
    return "TIMESTAMP_TYPED";
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
    return "Times are typed (an Avro timestamp logical type, format date-time, google.protobuf.Timestamp), "
        + "so every consumer reads the same instant.";
  }

  @Override
  public Map<String, Object> defaultOptions() {
    return Map.of("namePattern", "time|timestamp|date|.*(At|Time|Timestamp|Date|_at|_time|_timestamp|_date)");
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    Pattern names = Pattern.compile(options.string("namePattern"));
    for (TypeNode record : input.model().records()) {
      for (FieldNode field : record.fields()) {
        boolean plain = field.type() == ValueType.STRING || field.type() == ValueType.INTEGER;
        if (plain && names.matcher(field.name()).matches() && !TIMES.contains(field.type())) {
          report.add(field.path(), field.location(),
              "Field " + field.name() + " of " + record.label() + " looks like a time but is a plain "
                  + field.typeText() + ", so each consumer must guess its format, unit and time zone.",
              remedy(input.format()));
        }
      }
    }
  }

  private static String remedy(String format) {
    return switch (format) {
      case "AVRO" -> "Declare it as {\"type\": \"long\", \"logicalType\": \"timestamp-millis\"} (or a date logical type).";
      case "JSON" -> "Add \"format\": \"date-time\" (or \"date\") to the string.";
      default -> "Declare it as google.protobuf.Timestamp (or google.type.Date).";
    };
  }
}
