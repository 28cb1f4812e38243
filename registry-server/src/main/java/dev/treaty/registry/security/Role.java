package dev.treaty.registry.security;

import java.util.Locale;

/** What a caller may do; each role includes the ones before it. */
public enum Role {
  /** Every GET. */
  READER,
  /** Register, look up, check compatibility, publish contracts, record deployments. */
  WRITER,
  /** Config, mode, deletes, users and tokens, import. */
  ADMIN;

  boolean includes(Role other) {
    return compareTo(other) >= 0;
  }

  static Role parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown role '" + text + "' (expected reader, writer or admin)");
    }
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
