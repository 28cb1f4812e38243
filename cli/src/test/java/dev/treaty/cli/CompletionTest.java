package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionTest {

  @TempDir
  Path dir;

  @Test
  void printsABashScriptThatCompletesEveryCommand() {
    Cli.Result result = new Cli(dir).run("completion", "bash");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_treaty")
        .contains("subjects versions get schema register check diff config mode delete export import serve completion");
  }

  @Test
  void theZshScriptLoadsBashCompletionSupport() {
    Cli.Result result = new Cli(dir).run("completion", "zsh");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("bashcompinit").contains("_complete_treaty");
  }

  @Test
  void refusesOtherShells() {
    Cli.Result result = new Cli(dir).run("completion", "fish");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("treaty: Unknown shell 'fish'; use bash or zsh\n");
  }
}
