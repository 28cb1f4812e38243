package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFileTest {

  @TempDir Path dir;

  @Test
  void storesABcryptHashNeverThePassword() throws Exception {
    Path file = dir.resolve("users");
    UserFile.put(file, "alice", "s3cret-pass", List.of(Grant.parse("writer:payments.*")));
    String text = Files.readString(file);
    assertThat(text).startsWith("alice:$2").doesNotContain("s3cret-pass").contains(":writer:payments.*");
    UserFile.User alice = UserFile.read(file).get("alice");
    assertThat(Passwords.matches("s3cret-pass", alice.hash())).isTrue();
    assertThat(Passwords.matches("s3cret-pasS", alice.hash())).isFalse();
    assertThat(alice.toString()).doesNotContain("$2");
  }

  @Test
  void addingAnExistingUserReplacesItsLineAndKeepsTheOthers() throws Exception {
    Path file = dir.resolve("users");
    Files.writeString(file, "# team registry\n");
    UserFile.put(file, "alice", "one-password", List.of(Grant.parse("reader")));
    UserFile.put(file, "bob", "two-password", List.of(Grant.parse("writer")));
    UserFile.put(file, "alice", "three-password", List.of(Grant.parse("admin")));
    assertThat(Files.readAllLines(file)).hasSize(3).first().isEqualTo("# team registry");
    assertThat(UserFile.read(file).get("alice").grants()).containsExactly(Grant.parse("admin"));
    assertThat(Passwords.matches("three-password", UserFile.read(file).get("alice").hash())).isTrue();
  }

  @Test
  void aLineWithoutAHashIsRejectedWithoutEchoingIt() throws Exception {
    Path file = dir.resolve("users");
    Files.writeString(file, "carol:plaintext-password:admin\n");
    assertThatThrownBy(() -> UserFile.read(file)).hasMessageContaining("carol").hasMessageNotContaining("plaintext");
  }

  @Test
  void namesWithColonsAreRefused() {
    assertThatThrownBy(() -> UserFile.put(dir.resolve("users"), "a:b", "pw-pw-pw", List.of(Grant.parse("reader"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownUserIsCheckedAgainstADecoySoItFailsInTheSameTime() {
    assertThat(Passwords.matches("anything", null)).isFalse();
  }
}
