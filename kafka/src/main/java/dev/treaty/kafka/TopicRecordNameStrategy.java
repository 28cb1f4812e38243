package dev.treaty.kafka;

/** {@code <topic>-<record name>}: several record types on one topic, each with its own lineage. */
public final class TopicRecordNameStrategy implements SubjectNameStrategy {

  @Override
  public String subject(String topic, boolean isKey, String recordName) {
    return topic + "-" + RecordNameStrategy.requireName(recordName, isKey);
  }
}
