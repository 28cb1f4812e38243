package dev.treaty.registry.security;

import java.security.KeyStore;
import java.util.UUID;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** An HTTPS connector for Jetty, with optional client certificates (mutual TLS). */
public final class TlsConnector {

  private TlsConnector() {}

  public static Connector create(Server server, HttpConfiguration base, SecurityConfig.Tls tls, String host, int port) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    if (tls.keystore() != null) {
      ssl.setKeyStore(KeyStores.pkcs12(tls.keystore(), tls.keystorePassword()));
      ssl.setKeyStorePassword(tls.keystorePassword());
    } else {
      // The PEM key lives only in this in-memory store, under a password nobody needs to know.
      String password = UUID.randomUUID().toString();
      KeyStore store = KeyStores.pem(tls.certPem(), tls.keyPem(), password.toCharArray());
      ssl.setKeyStore(store);
      ssl.setKeyStorePassword(password);
    }
    if (tls.truststore() != null) {
      ssl.setTrustStore(KeyStores.pkcs12(tls.truststore(), tls.truststorePassword()));
    } else if (tls.clientCaPem() != null) {
      ssl.setTrustStore(KeyStores.trusting(tls.clientCaPem()));
    }
    ssl.setNeedClientAuth(tls.clientAuth() == SecurityConfig.ClientAuth.NEED);
    ssl.setWantClientAuth(tls.clientAuth() == SecurityConfig.ClientAuth.WANT);
    HttpConfiguration https = new HttpConfiguration(base);
    SecureRequestCustomizer customizer = new SecureRequestCustomizer();
    // Clients reach the server by address as often as by name; the certificate check is theirs.
    customizer.setSniHostCheck(false);
    https.addCustomizer(customizer);
    ServerConnector connector = new ServerConnector(
        server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }
}
