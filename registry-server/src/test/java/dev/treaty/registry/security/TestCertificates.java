package dev.treaty.registry.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Certificates made for one test run with the JDK's keytool, and TLS contexts that use them. */
final class TestCertificates {

  static final String PASSWORD = "test-store-password";

  final Path dir;

  TestCertificates() throws IOException, InterruptedException {
    dir = Files.createTempDirectory("treaty-tls");
    for (String name : List.of("server", "client")) {
      keytool("-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + name,
          "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
          "-keystore", store(name).toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
      keytool("-exportcert", "-rfc", "-alias", name, "-keystore", store(name).toString(), "-storepass", PASSWORD,
          "-file", dir.resolve(name + ".pem").toString());
    }
  }

  Path store(String name) {
    return dir.resolve(name + ".p12");
  }

  Path certificate(String name) {
    return dir.resolve(name + ".pem");
  }

  /** A client context trusting the server's certificate, presenting the client's key if asked to. */
  SSLContext client(boolean withClientCertificate) throws Exception {
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(KeyStores.trusting(certificate("server")));
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    KeyStore clientStore = withClientCertificate ? KeyStores.pkcs12(store("client"), PASSWORD) : KeyStore.getInstance("PKCS12");
    if (!withClientCertificate) {
      clientStore.load(null, null);
    }
    keys.init(clientStore, PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }

  private void keytool(String... args) throws IOException, InterruptedException {
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
