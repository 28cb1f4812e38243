package dev.treaty.kafka;

/** {@code <topic>-key} or {@code <topic>-value}: one schema lineage per topic (the default). */
public final class TopicNameStrategy implements SubjectNameStrategy {

  @Override
  public String subject(String topic, boolean isKey, String recordName) {
    return topic + (isKey ? "-key" : "-value");
  }
}
