package dev.treaty.registry.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users file: one user a line, {@code name:bcrypt-hash:grant,grant}, {@code #} starts a
 * comment. {@code treaty user add} writes it; the server reads it at start.
 */
public final class UserFile {

  /** One line of the file. */
  public record User(String name, String hash, List<Grant> grants) {
    @Override
    public String toString() {
      return "User[" + name + ", " + grants + "]";
    }
  }

  private UserFile() {}

  public static Map<String, User> read(Path file) {
    Map<String, User> users = new LinkedHashMap<>();
    for (String line : lines(file)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split(":", 3);
      if (parts.length < 3 || parts[0].isEmpty() || !parts[1].startsWith("$2")) {
        throw new IllegalArgumentException("Users file " + file + ": expected name:bcrypt-hash:roles, got a line for '"
            + parts[0] + "'");
      }
      users.put(parts[0], new User(parts[0], parts[1], Grant.parseAll(parts[2])));
    }
    return users;
  }

  /** Adds a user, or replaces the password and grants of an existing one; creates the file if needed. */
  public static void put(Path file, String name, String password, List<Grant> grants) {
    if (name.isEmpty() || name.contains(":") || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("A user name must be non-empty, without ':' or spaces");
    }
    if (grants.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role");
    }
    String entry = name + ":" + Passwords.hash(password) + ":"
        + String.join(",", grants.stream().map(Grant::toString).toList());
    List<String> kept = new ArrayList<>();
    boolean replaced = false;
    for (String line : Files.exists(file) ? lines(file) : List.<String>of()) {
      if (line.startsWith(name + ":")) {
        kept.add(entry);
        replaced = true;
      } else {
        kept.add(line);
      }
    }
    if (!replaced) {
      kept.add(entry);
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, ".users", ".tmp");
      Files.write(temporary, kept);
      Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write users file " + file, e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read users file " + file, e);
    }
  }
}
