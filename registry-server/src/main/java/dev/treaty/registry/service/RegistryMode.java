package dev.treaty.registry.service;

import java.util.Locale;

/** The modes a registry or a subject can be in. */
enum RegistryMode {
  READWRITE,
  READONLY,
  READONLY_OVERRIDE,
  IMPORT;

  /** @throws RegistryException 42204 for an unknown mode (FORWARD, global-only in Confluent 8, is not supported) */
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
        ErrorCode.INVALID_MODE, "Invalid mode: " + text + "; valid modes are READWRITE, READONLY, READONLY_OVERRIDE, IMPORT");
  }

  boolean isReadOnly() {
    return this == READONLY || this == READONLY_OVERRIDE;
  }
}
