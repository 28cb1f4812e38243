package dev.treaty.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every snippet of docs/contract-testing.md marked "from FILE" (Java, XML or properties) is that
 * file's text, lines in order, as the sample builds under src/it and the scenarios run it.
 */
class ContractTestingDocsTest {

  private static final Pattern SNIPPET = Pattern.compile("<!-- from (\\S+) -->\\n```\\w+\\n(.*?)```", Pattern.DOTALL);

  @Test
  void snippetsAreTakenFromTheSampleBuildsThatRun() throws IOException {
    String doc = Files.readString(Path.of("../docs/contract-testing.md"));
    Matcher snippet = SNIPPET.matcher(doc);
    List<String> sources = new ArrayList<>();
    while (snippet.find()) {
      sources.add(snippet.group(1));
      String source = Files.readString(Path.of("..", snippet.group(1)));
      assertThat(lines(source)).as(snippet.group(1)).contains(lines(snippet.group(2)));
    }
    // the producer's and the consumer's test are shown as the real builds run them
    assertThat(sources).contains(
        "treaty-junit/src/it/producer/src/test/java/shop/orders/OrderEventsContractTest.java",
        "treaty-junit/src/it/consumer/src/test/java/billing/InvoicesContractTest.java",
        "treaty-junit/src/it/producer/pom.xml");
  }

  private static String lines(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining("\n"));
  }
}
