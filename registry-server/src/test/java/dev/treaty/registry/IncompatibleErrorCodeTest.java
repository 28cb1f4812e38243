package dev.treaty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Confluent 8.0.4+ sends 40901 instead of 409 for an incompatible schema; Treaty can do either. */
class IncompatibleErrorCodeTest {

  @Test
  void configuredServerAnswers40901() {
    ServerConfig config = ConfigLoader.load(List.of("--incompatible-error-code", "40901"), Map.of());
    try (TestRegistry registry = TestRegistry.start(Backend.H2, config)) {
      Http http = registry.http();
      http.post("/subjects/s/versions", Http.json(Map.of("schema",
          "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}")));
      Http.Answer answer = http.post("/subjects/s/versions", Http.json(Map.of("schema",
          "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\"}]}")));

      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.errorCode()).isEqualTo(40901);
    }
  }

  @Test
  void otherCodesAreRefused() {
    assertThatThrownBy(() -> ConfigLoader.load(List.of("--incompatible-error-code=500"), Map.of()))
        .hasMessage("incompatible.error.code must be 409 or 40901, not 500");
  }
}
