package dev.treaty.kafka.internal;

import dev.treaty.kafka.RecordNameStrategy;
import dev.treaty.kafka.SubjectNameStrategy;
import dev.treaty.kafka.TopicNameStrategy;
import dev.treaty.kafka.TopicRecordNameStrategy;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * Resolves a {@code *.subject.name.strategy} value. Confluent's class names map to Treaty's
 * strategies of the same name, so a Confluent properties file keeps working; any other value is
 * a class implementing {@link SubjectNameStrategy}.
 */
final class SubjectStrategies {

  private static final Map<String, SubjectNameStrategy> BUILT_IN = Map.of(
      "TopicNameStrategy", new TopicNameStrategy(),
      "RecordNameStrategy", new RecordNameStrategy(),
      "TopicRecordNameStrategy", new TopicRecordNameStrategy());

  private SubjectStrategies() {}

  static SubjectNameStrategy of(String key, Object value) {
    if (value == null || value.toString().isBlank()) {
      return BUILT_IN.get("TopicNameStrategy");
    }
    if (value instanceof SubjectNameStrategy strategy) {
      return strategy;
    }
    String name = value instanceof Class<?> type ? type.getName() : value.toString().trim();
    String simple = name.substring(name.lastIndexOf('.') + 1);
    boolean knownPackage = name.equals(simple) || name.startsWith("io.confluent.kafka.serializers.subject.")
        || name.startsWith("dev.treaty.kafka.");
    if (knownPackage && BUILT_IN.containsKey(simple)) {
      return BUILT_IN.get(simple);
    }
    try {
      Class<?> type = Class.forName(name, true, Thread.currentThread().getContextClassLoader());
      return (SubjectNameStrategy) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      throw new ConfigException(key, name, "Not a subject name strategy: TopicNameStrategy, RecordNameStrategy, "
          + "TopicRecordNameStrategy or a class implementing " + SubjectNameStrategy.class.getName());
    }
  }
}
