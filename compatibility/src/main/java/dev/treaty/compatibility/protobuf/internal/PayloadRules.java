package dev.treaty.compatibility.protobuf.internal;

import dev.treaty.compatibility.Rule;
import java.util.List;

/** Rule ids of Protobuf payload validation; they belong to no rule set. */
public final class PayloadRules {

  public static final Rule INVALID_JSON =
      new Rule("PROTOBUF", "PAYLOAD_INVALID_JSON", "The example is not well-formed JSON.", List.of(),
          "Fix the JSON syntax of the example.");
  public static final Rule DOES_NOT_MATCH =
      new Rule("PROTOBUF", "PAYLOAD_DOES_NOT_MATCH_MESSAGE",
          "The example does not follow the message's JSON mapping (unknown field, wrong value type, unknown enum name).",
          List.of(), "Write the example in the message's canonical JSON mapping (lowerCamelCase or proto field names, enum names as strings).");
  public static final Rule REQUIRED_FIELD_MISSING =
      new Rule("PROTOBUF", "PAYLOAD_REQUIRED_FIELD_MISSING", "The example lacks a proto2 required field.", List.of(),
          "Add the required field to the example.");
  public static final Rule UNKNOWN_MESSAGE =
      new Rule("PROTOBUF", "PAYLOAD_UNKNOWN_MESSAGE", "The schema declares no message of the requested name (or no message at all).", List.of(),
          "Name a message the schema declares.");

  public static final List<Rule> ALL = List.of(INVALID_JSON, DOES_NOT_MATCH, REQUIRED_FIELD_MISSING, UNKNOWN_MESSAGE);

  private PayloadRules() {}
}
