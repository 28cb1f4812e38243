package dev.treaty.registry.security;

import java.util.Arrays;
import java.util.List;

/**
 * A role, on every subject or only on subjects starting with a prefix. Written {@code writer} or
 * {@code writer:payments.*} (the trailing {@code *} is optional).
 */
public record Grant(Role role, String prefix) {

  public Grant {
    prefix = prefix.endsWith("*") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }

  static Grant everywhere(Role role) {
    return new Grant(role, "");
  }

  public static Grant parse(String text) {
    int colon = text.indexOf(':');
    return colon < 0
        ? everywhere(Role.parse(text))
        : new Grant(Role.parse(text.substring(0, colon)), text.substring(colon + 1).trim());
  }

  /** Grants separated by commas or spaces, as in the users file and the roles claim. */
  public static List<Grant> parseAll(String text) {
    return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).map(Grant::parse).toList();
  }

  boolean isEverywhere() {
    return prefix.isEmpty();
  }

  /** Whether this grant allows {@code needed} on {@code subject}; a null subject means "all subjects". */
  boolean allows(Role needed, String subject) {
    if (!role.includes(needed)) {
      return false;
    }
    return isEverywhere() || (subject != null && subject.startsWith(prefix));
  }

  @Override
  public String toString() {
    return isEverywhere() ? role.label() : role.label() + ":" + prefix + "*";
  }
}
