package dev.treaty.registry.service;

import java.util.Locale;

/** The modes a registry or a subject can be in. */
enum RegistryMode {
  READWRITE,
  READONLY,
  READONLY_OVERRIDE,
  IMPORT,
  /**
   * Confluent 8's mode for a registry that receives schemas forwarded from another one: like
   * IMPORT for registrations (an id is required, compatibility is not checked), and settable only
   * on the global context {@code :.__GLOBAL:}.
   */
  FORWARD;

  /** The scope above the default context's global mode: the only one FORWARD may be set on. */
  static final String GLOBAL_CONTEXT = ":.__GLOBAL:";

  /** @throws RegistryException 42204 for an unknown mode */
  static RegistryMode parse(String text) {
    if (text != null) {
      String wanted = text.trim().toUpperCase(Locale.ROOT);
      for (RegistryMode mode : values()) {
        if (mode.name().equals(wanted)) {
          return mode;
        }
      }
    }
    throw new RegistryException(
        ErrorCode.INVALID_MODE, "Invalid mode: " + text + "; valid values are READWRITE, READONLY, IMPORT and FORWARD");
  }

  boolean isReadOnly() {
    return this == READONLY || this == READONLY_OVERRIDE;
  }

  /** Registrations carry their own ids and versions and skip compatibility and validation. */
  boolean takesIds() {
    return this == IMPORT || this == FORWARD;
  }
}
