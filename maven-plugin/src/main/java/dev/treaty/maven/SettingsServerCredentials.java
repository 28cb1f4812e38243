package dev.treaty.maven;

import dev.treaty.client.Credentials;
import java.util.Optional;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Credentials from a {@code <server>} of {@code settings.xml}, the way Maven keeps repository
 * passwords: username and password give HTTP Basic; a password alone is a bearer token.
 * Encrypted passwords ({@code {...}}) are decrypted with Maven's own decrypter.
 */
final class SettingsServerCredentials {

  private SettingsServerCredentials() {}

  static Optional<Credentials> find(Settings settings, SettingsDecrypter decrypter, String serverId) {
    if (serverId == null || serverId.isBlank()) {
      return Optional.empty();
    }
    Server server = settings == null ? null : settings.getServer(serverId);
    if (server == null) {
      throw new IllegalArgumentException("serverId " + serverId + ": no <server> with this id in settings.xml");
    }
    if (decrypter != null) {
      SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
      if (!result.getProblems().isEmpty()) {
        // The problem's message does not contain the secret, only what went wrong.
        throw new IllegalArgumentException("serverId " + serverId + ": " + result.getProblems().get(0).getMessage());
      }
      server = result.getServer();
    }
    String password = server.getPassword();
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("serverId " + serverId + ": the <server> has no password");
    }
    String user = server.getUsername();
    return Optional.of(user == null || user.isEmpty() ? Credentials.bearer(password) : Credentials.basic(user, password));
  }
}
