package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/contracts.md shows real output: every command it quotes is in the scenario's transcript, verbatim. */
class ContractDocsTest {

  private static final Path DOC = Path.of("../docs/contracts.md");
  private static final Pattern CONSOLE = Pattern.compile("```console\n(.*?)\n```", Pattern.DOTALL);
  private static final Pattern JSON = Pattern.compile("```json\n(.*?)\n```", Pattern.DOTALL);

  @Test
  void everyQuotedCommandIsTheTranscriptsOutput() throws IOException {
    List<String> transcript = commands(Files.readString(ContractScenarioTest.TRANSCRIPT));
    List<String> quoted = new ArrayList<>();
    Matcher block = CONSOLE.matcher(Files.readString(DOC));
    while (block.find()) {
      quoted.addAll(commands(block.group(1)));
    }
    assertThat(quoted).hasSizeGreaterThan(20);
    assertThat(transcript).containsAll(quoted);
  }

  @Test
  void theJsonAnswerIsTheGoldenOne() throws IOException {
    Matcher block = JSON.matcher(Files.readString(DOC));
    assertThat(block.find()).isTrue();
    assertThat(block.group(1) + "\n")
        .isEqualTo(Files.readString(Path.of("src/test/resources/golden/can-i-deploy.json")));
  }

  /** Splits a transcript into one text per command: its "$ treaty" line and what it printed. */
  private static List<String> commands(String text) {
    return Arrays.stream(text.split("(?m)^(?=\\$ treaty )"))
        .map(String::strip)
        .filter(command -> !command.isEmpty())
        .toList();
  }
}
