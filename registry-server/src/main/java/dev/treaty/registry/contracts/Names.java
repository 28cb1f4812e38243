package dev.treaty.registry.contracts;

import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import java.util.regex.Pattern;

/** Application, version and environment names: one URL path segment each, no spaces. */
final class Names {

  // Semantic versions (1.2.3-rc.1+build), commit ids, dates: letters, digits and . _ + : @ -
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+:@-]{0,255}");

  private Names() {}

  /** @throws RegistryException 422 naming {@code what} when the name is missing or not allowed */
  static String require(String what, String name) {
    if (name == null || !VALID.matcher(name).matches()) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE,
          "Invalid " + what + " '" + (name == null ? "" : name) + "': use 1 to 256 letters, digits and . _ + : @ -,"
              + " starting with a letter or digit");
    }
    return name;
  }
}
