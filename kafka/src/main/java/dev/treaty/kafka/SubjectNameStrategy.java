package dev.treaty.kafka;

/**
 * Names the subject a record's schema is registered under, as Confluent's
 * {@code key.subject.name.strategy} / {@code value.subject.name.strategy} do. Implementations must
 * be thread-safe and have a public no-argument constructor when named in configuration. A
 * serializer asks once per topic and schema and keeps the answer, so the subject must depend on
 * the arguments only.
 */
public interface SubjectNameStrategy {

  /**
   * @param topic the record's topic
   * @param isKey whether the schema is the record key's
   * @param recordName the schema's name (Avro full name, Protobuf message full name, JSON Schema
   *     {@code title}), or {@code null} when it has none
   */
  String subject(String topic, boolean isKey, String recordName);
}
