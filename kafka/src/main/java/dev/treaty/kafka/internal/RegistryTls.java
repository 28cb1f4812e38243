package dev.treaty.kafka.internal;

import dev.treaty.kafka.SerdeConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.ConfigException;

/**
 * The TLS context of the registry client from Confluent's {@code schema.registry.ssl.*} keys: a
 * trust store (a private CA) and a key store (a client certificate for mutual TLS), JKS or
 * PKCS12. Without any of those keys the JDK's defaults apply.
 */
final class RegistryTls {

  private RegistryTls() {}

  /** The context the keys describe, or {@code null} when none is set. */
  static SSLContext context(Settings settings) {
    String trustStore = settings.string(SerdeConfig.SSL_TRUSTSTORE_LOCATION, "");
    String keyStore = settings.string(SerdeConfig.SSL_KEYSTORE_LOCATION, "");
    String identification = settings.string(SerdeConfig.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM, "https");
    if (!identification.equalsIgnoreCase("https")) {
      // The JDK's HTTP client checks the host name of every https connection and has no per-client switch.
      throw new ConfigException(SerdeConfig.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM, identification,
          "Treaty's serdes always verify the registry's host name (https)");
    }
    if (trustStore.isEmpty() && keyStore.isEmpty()) {
      return null;
    }
    try {
      TrustManager[] trust = null;
      if (!trustStore.isEmpty()) {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(load(SerdeConfig.SSL_TRUSTSTORE_LOCATION, trustStore,
            settings.string(SerdeConfig.SSL_TRUSTSTORE_TYPE, "JKS"), settings.string(SerdeConfig.SSL_TRUSTSTORE_PASSWORD, "")));
        trust = factory.getTrustManagers();
      }
      KeyManager[] keys = null;
      if (!keyStore.isEmpty()) {
        String storePassword = settings.string(SerdeConfig.SSL_KEYSTORE_PASSWORD, "");
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(load(SerdeConfig.SSL_KEYSTORE_LOCATION, keyStore,
            settings.string(SerdeConfig.SSL_KEYSTORE_TYPE, "JKS"), storePassword),
            settings.string(SerdeConfig.SSL_KEY_PASSWORD, storePassword).toCharArray());
        keys = factory.getKeyManagers();
      }
      SSLContext context = SSLContext.getInstance(settings.string(SerdeConfig.SSL_PROTOCOL, "TLS"));
      context.init(keys, trust, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new ConfigException("The schema.registry.ssl.* settings do not make a TLS context: " + e.getMessage());
    }
  }

  private static KeyStore load(String key, String location, String type, String password) {
    try (InputStream in = Files.newInputStream(Path.of(location))) {
      KeyStore store = KeyStore.getInstance(type);
      store.load(in, password.isEmpty() ? null : password.toCharArray());
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new ConfigException(key, location, "Cannot read the " + type + " store: " + e.getMessage());
    }
  }
}
