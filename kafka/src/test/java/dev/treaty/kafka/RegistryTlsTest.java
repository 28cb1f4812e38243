package dev.treaty.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.kafka.avro.AvroDeserializer;
import dev.treaty.kafka.avro.AvroSerializer;
import dev.treaty.registry.RegistryServer;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.security.SecurityConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Confluent's {@code schema.registry.ssl.*} keys against a Treaty server serving https with a
 * certificate of its own (made with the JDK's keytool for this run): trusted through the trust
 * store the keys name, refused without it.
 */
class RegistryTlsTest {

  private static final String PASSWORD = "test-store-password";
  private static Path dir;
  private static RegistryServer server;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("treaty-kafka-tls");
    keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=server",
        "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
        "-keystore", dir.resolve("server.p12").toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
    keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", dir.resolve("server.p12").toString(),
        "-storepass", PASSWORD, "-file", dir.resolve("server.pem").toString());
    keytool("-importcert", "-noprompt", "-alias", "registry", "-file", dir.resolve("server.pem").toString(),
        "-storetype", "PKCS12", "-keystore", dir.resolve("trust.p12").toString(), "-storepass", PASSWORD);
    SecurityConfig tls = SecurityConfig.from(Map.of("tls.keystore", dir.resolve("server.p12").toString(),
        "tls.keystore.password", PASSWORD), dir);
    server = RegistryServer.start(ServerConfig.defaults().withPort(0).withDataDir(dir).withSecurity(tls));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void recordsFlowOverHttpsWhenTheTrustStoreHoldsTheRegistrysCertificate() {
    Map<String, Object> config = new HashMap<>(https());
    config.put(SerdeConfig.SSL_TRUSTSTORE_LOCATION, dir.resolve("trust.p12").toString());
    config.put(SerdeConfig.SSL_TRUSTSTORE_PASSWORD, PASSWORD);
    config.put(SerdeConfig.SSL_TRUSTSTORE_TYPE, "PKCS12");
    AvroSerializer serializer = new AvroSerializer();
    serializer.configure(config, false);
    AvroDeserializer deserializer = new AvroDeserializer();
    deserializer.configure(config, false);
    GenericRecord order = Fixtures.order(Fixtures.ORDER_V1, "o-tls", 1);

    assertThat(deserializer.deserialize("tls-orders", serializer.serialize("tls-orders", order))).isEqualTo(order);
  }

  @Test
  void withoutTheTrustStoreTheRegistryIsNotTrusted() {
    AvroSerializer serializer = new AvroSerializer();
    serializer.configure(https(), false);
    assertThatThrownBy(() -> serializer.serialize("tls-untrusted", Fixtures.order(Fixtures.ORDER_V1, "o-1", 1)))
        .isInstanceOf(TimeoutException.class);
  }

  @Test
  void anUnreadableStoreOrHostNameCheckOffIsAConfigError() {
    Map<String, Object> missing = new HashMap<>(https());
    missing.put(SerdeConfig.SSL_TRUSTSTORE_LOCATION, dir.resolve("no-such.p12").toString());
    assertThatThrownBy(() -> new AvroSerializer().configure(missing, false)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("no-such.p12");
    Map<String, Object> noCheck = new HashMap<>(https());
    noCheck.put(SerdeConfig.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM, "");
    assertThatThrownBy(() -> new AvroSerializer().configure(noCheck, false)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("host name");
  }

  @Test
  void aClientCertificateFromTheKeyStorePassesMutualTls() throws Exception {
    keytool("-genkeypair", "-alias", "client", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=client",
        "-validity", "2", "-storetype", "PKCS12", "-keystore", dir.resolve("client.p12").toString(),
        "-storepass", PASSWORD, "-keypass", PASSWORD);
    keytool("-exportcert", "-rfc", "-alias", "client", "-keystore", dir.resolve("client.p12").toString(),
        "-storepass", PASSWORD, "-file", dir.resolve("client.pem").toString());
    SecurityConfig mutual = SecurityConfig.from(Map.of("tls.keystore", dir.resolve("server.p12").toString(),
        "tls.keystore.password", PASSWORD, "tls.client.auth", "need", "tls.client.ca", dir.resolve("client.pem").toString()), dir);
    try (RegistryServer strict = RegistryServer.start(ServerConfig.defaults().withPort(0)
        .withDataDir(Files.createTempDirectory(dir, "mutual")).withSecurity(mutual))) {
      Map<String, Object> config = new HashMap<>(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "https://127.0.0.1:" + strict.port(),
          SerdeConfig.MAX_RETRIES, 0, SerdeConfig.SSL_TRUSTSTORE_LOCATION, dir.resolve("trust.p12").toString(),
          SerdeConfig.SSL_TRUSTSTORE_PASSWORD, PASSWORD, SerdeConfig.SSL_TRUSTSTORE_TYPE, "PKCS12"));
      AvroSerializer anonymous = new AvroSerializer();
      anonymous.configure(config, false);
      assertThatThrownBy(() -> anonymous.serialize("mtls", "a")).isInstanceOf(TimeoutException.class);

      config.put(SerdeConfig.SSL_KEYSTORE_LOCATION, dir.resolve("client.p12").toString());
      config.put(SerdeConfig.SSL_KEYSTORE_PASSWORD, PASSWORD);
      config.put(SerdeConfig.SSL_KEYSTORE_TYPE, "PKCS12");
      AvroSerializer identified = new AvroSerializer();
      identified.configure(config, false);
      assertThat(identified.serialize("mtls", "a")).startsWith(0);
    }
  }

  private static Map<String, Object> https() {
    return Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "https://127.0.0.1:" + server.port(), SerdeConfig.MAX_RETRIES, 0);
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
  }
}
