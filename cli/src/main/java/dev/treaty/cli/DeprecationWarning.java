package dev.treaty.cli;

import dev.treaty.client.RegistryClient;

/** Tells the user, on standard error, that a version they read is deprecated. */
final class DeprecationWarning {

  private DeprecationWarning() {}

  static void print(Session session, RegistryClient client, String subject, Integer version) {
    if (subject == null || version == null) {
      return;
    }
    client.deprecation(subject, version).ifPresent(deprecation ->
        session.err().println("warning: " + deprecation.describe()));
  }
}
