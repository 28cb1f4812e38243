package dev.treaty.compatibility;

/** Which Protobuf rules a subject is judged by (Treaty config field {@code protobufRules}). */
public enum ProtobufRuleSet {
  /** Confluent Schema Registry's Protobuf rules: the same verdicts users already get. */
  CONFLUENT,
  /** buf's WIRE breaking category: the binary encoding must stay compatible. */
  WIRE,
  /** buf's WIRE_JSON breaking category: the binary encoding and the JSON mapping. */
  WIRE_JSON
}
