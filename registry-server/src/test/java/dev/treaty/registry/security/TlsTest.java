package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.registry.Backend;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.TestRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTPS with a certificate the test makes, from PKCS12 and from PEM, and mutual TLS. */
class TlsTest {

  private static TestCertificates certificates;

  @BeforeAll
  static void makeCertificates() throws Exception {
    certificates = new TestCertificates();
  }

  private static TestRegistry serve(Map<String, String> tls) {
    Map<String, String> values = new HashMap<>(tls);
    SecurityConfig security = SecurityConfig.from(values, certificates.dir);
    return TestRegistry.start(Backend.H2, ServerConfig.defaults().withSecurity(security));
  }

  private static Map<String, String> pkcs12() {
    return new HashMap<>(Map.of(
        "tls.keystore", certificates.store("server").toString(), "tls.keystore.password", TestCertificates.PASSWORD));
  }

  private static HttpResponse<String> get(SSLContext context, String url) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
    return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesHttpsFromAPkcs12KeyStoreAndNoPlainHttp() throws Exception {
    try (TestRegistry registry = serve(pkcs12())) {
      HttpResponse<String> answer = get(certificates.client(false), "https://127.0.0.1:" + registry.port() + "/subjects");
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("[]");
      assertThatThrownBy(() -> get(certificates.client(false), "http://127.0.0.1:" + registry.port() + "/subjects"))
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void servesHttpsFromAPemKeyAndCertificate() throws Exception {
    Path key = certificates.dir.resolve("server-key.pem");
    Path cert = certificates.dir.resolve("server-cert.pem");
    Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
        key.toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost",
        "-addext", "subjectAltName=IP:127.0.0.1").redirectErrorStream(true).start();
    openssl.getInputStream().readAllBytes();
    assertThat(openssl.waitFor()).isZero();
    try (TestRegistry registry = serve(Map.of("tls.cert", cert.toString(), "tls.key", key.toString()))) {
      javax.net.ssl.TrustManagerFactory trust =
          javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
      trust.init(KeyStores.trusting(cert));
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      assertThat(get(context, "https://127.0.0.1:" + registry.port() + "/schemas/types").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void mutualTlsRefusesClientsWithoutATrustedCertificate() throws Exception {
    Map<String, String> mutual = pkcs12();
    mutual.put("tls.client.auth", "need");
    mutual.put("tls.client.ca", certificates.certificate("client").toString());
    try (TestRegistry registry = serve(mutual)) {
      String url = "https://127.0.0.1:" + registry.port() + "/subjects";
      assertThat(get(certificates.client(true), url).statusCode()).isEqualTo(200);
      assertThatThrownBy(() -> get(certificates.client(false), url)).isInstanceOf(IOException.class);
    }
  }

  @Test
  void aTrustedClientCertificateNamesAUserWhoNeedsNoPassword() throws Exception {
    UserFile.put(certificates.dir.resolve("users"), "client", "unused password of the client",
        java.util.List.of(Grant.parse("reader")));
    Map<String, String> mutual = pkcs12();
    mutual.put("tls.client.auth", "want");
    mutual.put("tls.client.ca", certificates.certificate("client").toString());
    mutual.put("auth.enabled", "true");
    mutual.put("auth.users.file", certificates.dir.resolve("users").toString());
    mutual.put("auth.client.certificates", "true");
    try (TestRegistry registry = serve(mutual)) {
      String base = "https://127.0.0.1:" + registry.port();
      assertThat(get(certificates.client(true), base + "/subjects").statusCode()).isEqualTo(200);
      assertThat(get(certificates.client(true), base + "/treaty/v1/whoami").body()).contains("\"name\":\"client\"");
      assertThat(get(certificates.client(false), base + "/subjects").statusCode()).isEqualTo(401);
    }
  }
}
