package dev.treaty.compatibility.lint.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An envelope attribute every event must carry (event id, time, type, source, correlation id):
 * under one of its accepted names, at the top level of the event or in one named envelope
 * record, and with a type that says what it holds.
 */
final class EnvelopeAttribute implements LintRule {

  static final List<String> ENVELOPES = List.of("metadata", "header", "envelope", "meta");

  private final String id;
  private final String attribute;
  private final List<String> names;
  private final Set<ValueType> accepted;
  private final String typeWanted;
  private final String why;
  private final Map<String, String> declaration;

  EnvelopeAttribute(String id, String attribute, List<String> names, Set<ValueType> accepted, String typeWanted,
      String why, Map<String, String> declaration) {
    this.id = id;
    this.attribute = attribute;
    this.names = names;
    this.accepted = accepted;
    this.typeWanted = typeWanted;
    this.why = why;
    this.declaration = declaration;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String category() {
    return "ENVELOPE";
  }

  @Override
  public List<String> formats() {
    return List.of("AVRO", "JSON", "PROTOBUF");
  }

  @Override
  public String purpose() {
    return "Every event carries its " + attribute + " as " + typeWanted + ", " + why + ".";
  }

  @Override
  public Map<String, Object> defaultOptions() {
    return Map.of("names", names, "envelopes", ENVELOPES);
  }

  @Override
  public void check(LintInput input, RuleOptions options, Report report) {
    List<String> accepting = options.strings("names");
    List<String> envelopes = options.strings("envelopes");
    for (TypeNode event : input.model().events()) {
      Optional<FieldNode> found = find(event, accepting)
          .or(() -> envelope(input.model(), event, envelopes).flatMap(envelope -> find(envelope, accepting)));
      if (found.isEmpty()) {
        report.add(event.path(), event.location(),
            event.label() + " has no " + attribute + ": no field named " + String.join(", ", accepting)
                + " at its top level or in an envelope record (" + String.join(", ", envelopes) + "), " + why + ".",
            "Add a field " + accepting.get(0) + " declared as " + declaration.get(input.format()) + " to "
                + event.label() + " or to its " + envelopes.get(0) + " record.");
      } else if (!accepted.contains(found.get().type())) {
        FieldNode field = found.get();
        report.add(field.path(), field.location(),
            "Field " + field.name() + " holds the " + attribute + " of " + event.label() + " as " + field.typeText()
                + ", not as " + typeWanted + ", so consumers cannot rely on what it holds.",
            "Declare " + field.name() + " as " + declaration.get(input.format()) + ".");
      }
    }
  }

  private static Optional<FieldNode> find(TypeNode record, List<String> accepting) {
    return record.fields().stream().filter(field -> accepting.contains(field.name())).findFirst();
  }

  private static Optional<TypeNode> envelope(EventModel model, TypeNode event, List<String> envelopes) {
    return event.fields().stream()
        .filter(field -> envelopes.contains(field.name()) && field.type() == ValueType.RECORD && field.target() != null)
        .findFirst()
        .flatMap(field -> model.type(field.target()));
  }

  static List<LintRule> all() {
    return List.of(
        new EnvelopeAttribute("ENVELOPE_EVENT_ID", "event id", List.of("id", "eventId", "event_id"),
            Set.of(ValueType.STRING, ValueType.UUID), "a string or UUID",
            "so consumers cannot recognise a redelivered event",
            Map.of("AVRO", "{\"type\": \"string\", \"logicalType\": \"uuid\"}", "JSON", "{\"type\": \"string\"}",
                "PROTOBUF", "string")),
        new EnvelopeAttribute("ENVELOPE_TIME", "occurrence time", List.of("time", "timestamp", "occurredAt", "occurred_at"),
            Set.of(ValueType.TIMESTAMP), "a timestamp",
            "so consumers cannot order events or tell when they happened",
            Map.of("AVRO", "{\"type\": \"long\", \"logicalType\": \"timestamp-millis\"}",
                "JSON", "{\"type\": \"string\", \"format\": \"date-time\"}", "PROTOBUF", "google.protobuf.Timestamp")),
        new EnvelopeAttribute("ENVELOPE_TYPE", "event type", List.of("type", "eventType", "event_type"),
            Set.of(ValueType.STRING, ValueType.ENUM), "a string or enum",
            "so consumers of a topic carrying several events cannot tell them apart",
            Map.of("AVRO", "\"string\"", "JSON", "{\"type\": \"string\"}", "PROTOBUF", "string")),
        new EnvelopeAttribute("ENVELOPE_SOURCE", "source", List.of("source"),
            Set.of(ValueType.STRING), "a string",
            "so consumers cannot tell which system produced it",
            Map.of("AVRO", "\"string\"", "JSON", "{\"type\": \"string\"}", "PROTOBUF", "string")),
        new EnvelopeAttribute("ENVELOPE_CORRELATION_ID", "correlation id",
            List.of("correlationId", "correlation_id", "correlationid"),
            Set.of(ValueType.STRING, ValueType.UUID), "a string or UUID",
            "so no one can trace the workflow it belongs to across services",
            Map.of("AVRO", "\"string\"", "JSON", "{\"type\": \"string\"}", "PROTOBUF", "string")));
  }
}
