package dev.treaty.registry.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signer against the Standard Webhooks test vector in shared/spec/event-contracts.md §6.1. */
class SecretsTest {

  private static final String SECRET = "whsec_dHJlYXR5LXdlYmhvb2stdGVzdC1zZWNyZXQtMDAwMQ==";
  private static final String BODY =
      "{\"type\":\"schema.deprecated\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"data\":{\"subject\":\"orders-value\",\"version\":7}}";

  @Test
  void signsTheTestVectorAsTheSpecificationsLibrariesDo() {
    assertThat(Secrets.signature(List.of(SECRET), "msg_01J9ZP3Q7T8Y2M4N6B0C1D2E3F", 1767225600,
        BODY.getBytes(StandardCharsets.UTF_8))).isEqualTo("v1,jE8LXmu1kvZbXdV/NcjXrUr/Xja7qA6joD49freX1Jc=");
  }

  @Test
  void duringARotationEverySecretSignsAndEachSignatureVerifies() throws Exception {
    String other = Secrets.generate();
    String header = Secrets.signature(List.of(SECRET, other), "1", 1767225600, BODY.getBytes(StandardCharsets.UTF_8));
    assertThat(header.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
    assertThat(Signatures.verify(SECRET, "1", "1767225600", BODY, header)).isTrue();
    assertThat(Signatures.verify(other, "1", "1767225600", BODY, header)).isTrue();
    assertThat(Signatures.verify(Secrets.generate(), "1", "1767225600", BODY, header)).isFalse();
  }

  @Test
  void generatedSecretsAreValidAndDistinct() {
    String a = Secrets.generate();
    assertThat(Secrets.problem(a)).isNull();
    assertThat(a).isNotEqualTo(Secrets.generate());
    assertThat(Secrets.problem("whsec_" + "A".repeat(200))).contains("24 to 64");
  }
}
