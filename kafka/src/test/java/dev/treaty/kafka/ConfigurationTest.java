package dev.treaty.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.kafka.avro.AvroSerializer;
import dev.treaty.kafka.internal.Settings;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** A Confluent properties file moves over unchanged; what Treaty cannot honour is refused at configure time. */
class ConfigurationTest {

  @Test
  void confluentStrategyClassNamesMapToTreatysStrategies() {
    assertThat(strategy("io.confluent.kafka.serializers.subject.TopicRecordNameStrategy").subject("t", false, "a.B"))
        .isEqualTo("t-a.B");
    assertThat(strategy("io.confluent.kafka.serializers.subject.RecordNameStrategy").subject("t", true, "a.B")).isEqualTo("a.B");
    assertThat(strategy(TopicNameStrategy.class).subject("t", true, "a.B")).isEqualTo("t-key");
    assertThat(new Settings(Map.of()).subjectStrategy(false).subject("t", false, null)).isEqualTo("t-value");
  }

  @Test
  void aRecordNameStrategyRefusesAnUnnamedSchema() {
    assertThatThrownBy(() -> new RecordNameStrategy().subject("t", false, null))
        .hasMessageContaining("need a named schema");
  }

  @Test
  void anUnknownStrategyIsAConfigError() {
    assertThatThrownBy(() -> strategy("com.example.NoSuchStrategy")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("Not a subject name strategy");
  }

  @Test
  void aMissingOrMockRegistryUrlIsAConfigError() {
    assertThatThrownBy(() -> new AvroSerializer().configure(Map.of(), false)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("schema.registry.url");
    assertThatThrownBy(() -> new AvroSerializer().configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://scope"), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("no in-memory mock");
  }

  @Test
  void credentialsComeFromTheUrlOrUserInfoOrAStaticBearerToken() {
    assertThat(new Settings(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://alice:secret@127.0.0.1:8081"))
        .clientSettings().credentials().authorization()).contains("Basic YWxpY2U6c2VjcmV0");
    assertThat(new Settings(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://alice:secret@127.0.0.1:8081"))
        .clientSettings().urls().get(0).toString()).isEqualTo("http://127.0.0.1:8081");
    assertThat(new Settings(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:8081",
        SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO", SerdeConfig.BASIC_AUTH_USER_INFO, "alice:secret"))
        .clientSettings().credentials().authorization()).contains("Basic YWxpY2U6c2VjcmV0");
    assertThat(new Settings(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:8081",
        SerdeConfig.BEARER_AUTH_TOKEN, "t0k3n")).clientSettings().credentials().authorization()).contains("Bearer t0k3n");
    assertThatThrownBy(() -> new Settings(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:8081",
        SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "SASL_INHERIT")).clientSettings())
        .isInstanceOf(ConfigException.class).hasMessageContaining("URL and USER_INFO");
  }

  @Test
  void retriesAndTimeoutsUseConfluentsKeys() {
    var settings = new Settings(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:8081", SerdeConfig.MAX_RETRIES, "5",
        SerdeConfig.RETRIES_WAIT_MS, 10, SerdeConfig.HTTP_READ_TIMEOUT_MS, 2000)).clientSettings();
    assertThat(settings.retry().maxAttempts()).isEqualTo(6);
    assertThat(settings.retry().initialDelay().toMillis()).isEqualTo(10);
    assertThat(settings.requestTimeout().toMillis()).isEqualTo(2000);
  }

  private static SubjectNameStrategy strategy(Object value) {
    return new Settings(Map.of(SerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, value)).subjectStrategy(false);
  }
}
