package dev.treaty.registry.security;

import java.util.Arrays;
import java.util.List;

/**
 * A role, on every subject or only on subjects starting with a prefix. Written {@code writer} or
 * {@code writer:payments.*} (the trailing {@code *} is optional).
 */
public record Grant(Role role, String prefix) {

  /** Longest prefix a grant may have: the column that stores it is that wide. */
  static final int MAX_PREFIX = 255;

  /** @throws IllegalArgumentException for a prefix that is too long or holds control characters */
  public Grant {
    prefix = prefix.endsWith("*") ? prefix.substring(0, prefix.length() - 1) : prefix;
    if (prefix.length() > MAX_PREFIX || prefix.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "A grant's prefix has at most " + MAX_PREFIX + " characters and no control characters (line breaks, tabs)");
    }
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

  /** Whether this grant holds on every subject and application. */
  public boolean isEverywhere() {
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
