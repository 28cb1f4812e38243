package dev.treaty.registry.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API tokens created by an admin. Only a SHA-256 of each token is kept (tokens are 256 random
 * bits, so a slow hash adds nothing); the file holds {@code name:sha256:grants:created} lines.
 */
final class ApiTokens {

  static final String PREFIX = "trty_";

  /** A token as listed: never its secret. */
  record Token(String name, List<Grant> grants, String created) {}

  private record Entry(Token token, byte[] hash) {}

  private final Path file;
  private final SecureRandom random = new SecureRandom();
  private final List<Entry> entries = new ArrayList<>();

  ApiTokens(Path file) {
    this.file = file;
    if (Files.exists(file)) {
      load();
    }
  }

  /** Creates a token and returns its secret, shown once. */
  synchronized String create(String name, List<Grant> grants) {
    if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("A token name has 1 to 64 letters, digits, '.', '_' or '-'");
    }
    if (entries.stream().anyMatch(e -> e.token().name().equals(name))) {
      throw new IllegalArgumentException("A token named '" + name + "' exists already");
    }
    if (grants.isEmpty()) {
      throw new IllegalArgumentException("A token needs at least one role");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    entries.add(new Entry(new Token(name, grants, Instant.now().toString()), sha256(secret)));
    save();
    return secret;
  }

  synchronized List<Token> list() {
    return entries.stream().map(Entry::token).toList();
  }

  synchronized boolean revoke(String name) {
    boolean removed = entries.removeIf(e -> e.token().name().equals(name));
    if (removed) {
      save();
    }
    return removed;
  }

  /** The token whose secret this is; every entry is compared, in constant time each. */
  synchronized Optional<Token> find(String secret) {
    byte[] hash = sha256(secret);
    Token found = null;
    for (Entry entry : entries) {
      if (MessageDigest.isEqual(entry.hash(), hash)) {
        found = entry.token();
      }
    }
    return Optional.ofNullable(found);
  }

  private void load() {
    try {
      for (String line : Files.readAllLines(file)) {
        String[] parts = line.split(":", 4);
        if (parts.length == 4) {
          entries.add(new Entry(new Token(parts[0], Grant.parseAll(parts[2]), parts[3]), HexFormat.of().parseHex(parts[1])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read tokens file " + file, e);
    }
  }

  private void save() {
    List<String> lines = entries.stream().map(e -> e.token().name() + ":" + HexFormat.of().formatHex(e.hash()) + ":"
        + String.join(",", e.token().grants().stream().map(Grant::toString).toList()) + ":" + e.token().created()).toList();
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, ".tokens", ".tmp");
      Files.write(temporary, lines);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write tokens file " + file, e);
    }
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
