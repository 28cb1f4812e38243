package dev.treaty.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every snippet of docs/contract-testing.md marked "from FILE" is that file's code, as it runs. */
class ContractTestingDocsTest {

  private static final Pattern SNIPPET = Pattern.compile("<!-- from (\\S+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void snippetsAreTakenFromTheScenariosThatRun() throws IOException {
    String doc = Files.readString(Path.of("../docs/contract-testing.md"));
    Matcher snippet = SNIPPET.matcher(doc);
    int count = 0;
    while (snippet.find()) {
      count++;
      String source = Files.readString(Path.of("..", snippet.group(1)));
      assertThat(lines(source)).as(snippet.group(1)).contains(lines(snippet.group(2)));
    }
    assertThat(count).isGreaterThanOrEqualTo(3);
  }

  private static String lines(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining("\n"));
  }
}
