package dev.treaty.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A new password, from {@code $TREATY_USER_PASSWORD} in scripts or typed twice at a prompt; never
 * from a flag, which {@code ps} would show. Checked here as the server checks it: 8 characters to 72 bytes.
 */
final class NewPassword {

  private NewPassword() {}

  static String read(Session session, String user) {
    String password = session.env().get("TREATY_USER_PASSWORD");
    if (password == null) {
      java.io.Console console = System.console();
      if (console == null) {
        throw new InputException("No terminal to ask the password on: set $TREATY_USER_PASSWORD");
      }
      char[] typed = console.readPassword("Password for %s: ", user);
      char[] again = console.readPassword("Again: ");
      if (typed == null || again == null || !Arrays.equals(typed, again)) {
        throw new InputException("The passwords differ");
      }
      password = new String(typed);
    }
    if (password.length() < 8) {
      throw new InputException("A password needs at least 8 characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
      throw new InputException("A password has at most 72 bytes (bcrypt reads no more)");
    }
    return password;
  }
}
