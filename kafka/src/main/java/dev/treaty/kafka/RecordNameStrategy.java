package dev.treaty.kafka;

import org.apache.kafka.common.errors.SerializationException;

/** The schema's own name, so one record type keeps one lineage across every topic it is sent to. */
public final class RecordNameStrategy implements SubjectNameStrategy {

  @Override
  public String subject(String topic, boolean isKey, String recordName) {
    return requireName(recordName, isKey);
  }

  static String requireName(String recordName, boolean isKey) {
    if (recordName == null || recordName.isEmpty()) {
      throw new SerializationException("The record name strategies need a named schema, and the "
          + (isKey ? "key" : "value") + "'s schema has no name (an Avro record, a Protobuf message or a JSON Schema title)");
    }
    return recordName;
  }
}
