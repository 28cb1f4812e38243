package dev.treaty.registry.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/** Key and trust stores from PKCS12 files or PEM text, in memory. */
final class KeyStores {

  private KeyStores() {}

  static KeyStore pkcs12(Path file, String password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      return store;
    } catch (IOException | GeneralSecurityException e) {
      // The message of a wrong password names no secret; keep the file name only.
      throw new IllegalArgumentException("Cannot open key store " + file + ": " + e.getClass().getSimpleName());
    }
  }

  /** A store holding one key: a PKCS8 PEM private key (RSA or EC) with its PEM certificate chain. */
  static KeyStore pem(Path certificateChain, Path privateKey, char[] password) {
    try {
      KeyStore store = empty();
      store.setKeyEntry("server", key(privateKey), password, certificates(certificateChain).toArray(Certificate[]::new));
      return store;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot use the PEM key " + privateKey + ": " + e.getMessage());
    }
  }

  /** A trust store of the PEM certificates in a file (a CA bundle). */
  static KeyStore trusting(Path caBundle) {
    try {
      KeyStore store = empty();
      int i = 0;
      for (Certificate certificate : certificates(caBundle)) {
        store.setCertificateEntry("ca-" + i++, certificate);
      }
      return store;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot use the CA bundle " + caBundle + ": " + e.getMessage());
    }
  }

  private static KeyStore empty() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return store;
  }

  private static List<Certificate> certificates(Path file) throws GeneralSecurityException {
    try (InputStream in = Files.newInputStream(file)) {
      return List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read certificates " + file, e);
    }
  }

  private static PrivateKey key(Path file) throws GeneralSecurityException {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read private key " + file, e);
    }
    if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
      throw new IllegalArgumentException("The key " + file + " must be an unencrypted PKCS8 PEM (BEGIN PRIVATE KEY)");
    }
    String base64 = text.substring(text.indexOf("-----BEGIN PRIVATE KEY-----") + 27, text.indexOf("-----END PRIVATE KEY-----"));
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64));
    GeneralSecurityException last = null;
    for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(spec);
      } catch (GeneralSecurityException e) {
        last = e;
      }
    }
    throw last;
  }
}
