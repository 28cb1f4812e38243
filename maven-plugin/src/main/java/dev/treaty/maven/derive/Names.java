package dev.treaty.maven.derive;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Type names for nested records and messages, taken from the property that holds them and kept unique. */
final class Names {

  private final Set<String> used = new HashSet<>();

  Names(String root) {
    used.add(root);
  }

  /** {@code address} becomes {@code Address}; a second {@code Address} becomes {@code Address2}. */
  String forProperty(String property) {
    String base = property.isEmpty() ? "Type" : property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    String name = base;
    for (int n = 2; !used.add(name); n++) {
      name = base + n;
    }
    return name;
  }
}
