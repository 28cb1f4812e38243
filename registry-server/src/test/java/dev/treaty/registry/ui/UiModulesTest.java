package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.registry.Backend;
import dev.treaty.registry.TestRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The UI's own algorithms, run in the browser and judged in Java: the line diff against a
 * longest-common-subsequence oracle, the tokenizer for losing nothing, the JSON layout against
 * Jackson's reading of the same text.
 */
class UiModulesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static TestRegistry registry;
  private static Browser browser;

  @BeforeAll
  static void start() {
    registry = TestRegistry.start(Backend.H2);
    browser = new Browser("http://127.0.0.1:" + registry.port());
    browser.open("#/activity");
    browser.await("h1");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    registry.close();
  }

  @Test
  void lineDiffKeepsALongestCommonSubsequenceAndRebuildsBothSides() throws Exception {
    Random random = new Random(7);
    List<List<List<String>>> cases = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      cases.add(List.of(lines(random), lines(random)));
    }
    JsonNode results = run("diff.js", "cases.map(([a, b]) => m.diffLines(a, b))", cases);
    for (int i = 0; i < cases.size(); i++) {
      List<String> a = cases.get(i).get(0);
      List<String> b = cases.get(i).get(1);
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      int same = 0;
      for (JsonNode edit : results.get(i)) {
        String kind = edit.get(0).asText();
        if (!kind.equals("added")) {
          left.add(a.get(edit.get(1).asInt()));
        }
        if (!kind.equals("removed")) {
          right.add(b.get(edit.get(2).asInt()));
        }
        if (kind.equals("same")) {
          same++;
          assertThat(a.get(edit.get(1).asInt())).isEqualTo(b.get(edit.get(2).asInt()));
        }
      }
      assertThat(left).as("case %d", i).isEqualTo(a);
      assertThat(right).as("case %d", i).isEqualTo(b);
      assertThat(same).as("case %d", i).isEqualTo(longestCommonSubsequence(a, b));
    }
  }

  @Test
  void tokensPutTogetherGiveBackTheText() throws Exception {
    Random random = new Random(11);
    String alphabet = "{}[]:,\"'\\/*\n \tab1-.eE<>=;()x_é\u2028";
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(60); j > 0; j--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    JsonNode joined = run("highlight.js",
        "cases.map((t) => ['json', 'proto', 'text'].map((l) => m.tokenize(t, l).map((x) => x[1]).join('')))", texts);
    for (int i = 0; i < texts.size(); i++) {
      for (JsonNode each : joined.get(i)) {
        assertThat(each.asText()).isEqualTo(texts.get(i));
      }
    }
  }

  @Test
  void jsonLayoutChangesOnlyWhitespace() throws Exception {
    List<String> schemas = List.of(
        "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":[\"null\",\"string\"],\"default\":null}]}",
        "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"number\",\"maximum\":123456789012345678901234567890}},\"required\":[]}",
        "\"string\"",
        "{\"a\":{},\"b\":[],\"c\":\"x, y: {z}\",\"d\":-1.5e+10,\"e\":[true,false,null]}");
    JsonNode laidOut = run("highlight.js", "cases.map((t) => m.layout(t, 'json'))", schemas);
    for (int i = 0; i < schemas.size(); i++) {
      String text = laidOut.get(i).asText();
      assertThat(MAPPER.readTree(text)).isEqualTo(MAPPER.readTree(schemas.get(i)));
      assertThat(text.replaceAll("\\s", "")).isEqualTo(schemas.get(i).replaceAll("\\s", ""));
    }
    assertThat(laidOut.get(0).asText()).contains("\n  \"fields\": [\n    {\n");
  }

  private static JsonNode run(String module, String expression, Object cases) throws Exception {
    Object answer = browser.driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1]; const cases = JSON.parse(arguments[0]);"
            + "import('/ui/" + module + "').then((m) => done(JSON.stringify(" + expression + ")), (e) => done('ERROR ' + e));",
        MAPPER.writeValueAsString(cases));
    assertThat(String.valueOf(answer)).doesNotStartWith("ERROR");
    return MAPPER.readTree(String.valueOf(answer));
  }

  private static List<String> lines(Random random) {
    List<String> lines = new ArrayList<>();
    for (int i = random.nextInt(14); i > 0; i--) {
      lines.add(String.valueOf("abcd".charAt(random.nextInt(4))));
    }
    return lines;
  }

  private static int longestCommonSubsequence(List<String> a, List<String> b) {
    int[][] lengths = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
      }
    }
    return lengths[0][0];
  }
}
