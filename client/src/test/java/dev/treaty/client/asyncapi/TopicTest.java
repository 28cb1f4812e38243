package dev.treaty.client.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Subject names read back to topics, strategy by strategy. */
class TopicTest {

  @Test
  void topicNameStrategyGivesTheTopicOfValuesAndOfKeys() {
    assertThat(Topic.of("orders-value", "com.acme.Order")).isEqualTo(new Topic("orders", false, "TopicNameStrategy"));
    assertThat(Topic.of("orders-key", null)).isEqualTo(new Topic("orders", true, "TopicNameStrategy"));
    assertThat(Topic.of("a-b-value", null).address()).isEqualTo("a-b");
  }

  @Test
  void recordStrategiesAreKnownByTheSchemasRecordName() {
    assertThat(Topic.of("orders-com.acme.Order", "com.acme.Order"))
        .isEqualTo(new Topic("orders", false, "TopicRecordNameStrategy"));
    assertThat(Topic.of("com.acme.Order", "com.acme.Order")).isEqualTo(new Topic(null, false, "RecordNameStrategy"));
  }

  @Test
  void aContextIsNotPartOfTheTopicAndAnyOtherNameIsTakenAsTheTopic() {
    assertThat(Topic.of(":.staging:orders-value", null).address()).isEqualTo("orders");
    Topic other = Topic.of("orders", "com.acme.Order");
    assertThat(other).isEqualTo(new Topic("orders", false, null));
    assertThat(other.note("orders")).contains("follows no subject naming strategy");
    // "-value" alone names no topic
    assertThat(Topic.of("-value", null)).isEqualTo(new Topic("-value", false, null));
  }
}
