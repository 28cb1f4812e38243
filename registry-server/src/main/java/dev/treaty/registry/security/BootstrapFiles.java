package dev.treaty.registry.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files identities came from before they lived in the database: the users file (still the
 * way to create the first admin) and the tokens file of earlier versions. At every start, their
 * entries are added to the database unless a user or token of that name is there already, so a
 * change made through the API is never undone by a restart.
 */
final class BootstrapFiles {

  private static final Logger LOG = LoggerFactory.getLogger(BootstrapFiles.class);
  // name:sha256:grants:created, where grants may hold ':' (writer:team-b.*) and created is an
  // ISO instant (which holds ':' too); the old reader split on ':' and lost the prefixes.
  private static final Pattern TOKEN_LINE =
      Pattern.compile("([^:]+):([0-9a-f]{64}):(.*):(\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z)");

  private final SecurityConfig config;
  private final Users users;
  private final ApiTokens tokens;
  private final java.util.Collection<UserFile.User> fileUsers;

  /** Reads the users file at once, so that a broken one stops the server from starting. */
  BootstrapFiles(SecurityConfig config, Users users, ApiTokens tokens) {
    this.config = config;
    this.users = users;
    this.tokens = tokens;
    this.fileUsers = config.enabled() && config.usersFile() != null
        ? UserFile.read(config.usersFile()).values() : List.of();
  }

  void importAll() {
    if (config.usersFile() != null) {
      int added = 0;
      for (UserFile.User user : fileUsers) {
        added += users.restore(user.name(), user.hash(), user.grants()) ? 1 : 0;
      }
      LOG.info("Users file {}: {} user(s) added to the database", config.usersFile(), added);
    }
    Path tokensFile = config.tokensFile();
    if (tokensFile != null && Files.isRegularFile(tokensFile)) {
      importTokens(tokensFile);
    }
  }

  private void importTokens(Path file) {
    int added = 0;
    for (String line : lines(file)) {
      Matcher m = TOKEN_LINE.matcher(line.strip());
      if (!m.matches()) {
        continue;
      }
      try {
        added += tokens.restore(m.group(1), m.group(2), Grant.parseAll(m.group(3))) ? 1 : 0;
      } catch (IllegalArgumentException e) {
        LOG.warn("Tokens file {}: token {} skipped: {}", file, m.group(1), e.getMessage());
      }
    }
    LOG.info("Tokens file {}: {} token(s) added to the database; the file is no longer written", file, added);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
