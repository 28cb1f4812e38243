package dev.treaty.compatibility.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule against its cases in {@code lint/cases/RULE_ID.json}: a schema (and, for rules between
 * versions, the previous one), the rule's options, and the paths it must report. Each rule is run
 * alone, as an ERROR.
 */
class LintCasesTest {

  private static final Path CASES = Path.of("src/test/resources/lint/cases");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyCaseReportsExactlyItsPaths() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : caseFiles()) {
      String ruleId = ruleOf(file);
      for (JsonNode c : JSON.readTree(file.toFile())) {
        tests.add(DynamicTest.dynamicTest(ruleId + ": " + c.get("name").asText(), () -> {
          LintRuleSet only = LintRuleSet.fromJson("case", JSON.readTree(
              "{\"rules\":{\"" + ruleId + "\":{\"severity\":\"ERROR\",\"options\":"
                  + (c.has("options") ? c.get("options").toString() : "{}") + "}}}"));
          List<LintFinding> findings = Linter.lint(parse(c, "schema"), c.has("previous") ? parse(c, "previous") : null,
              "schema.proto", only);
          assertThat(findings).extracting(LintFinding::path)
              .containsExactlyInAnyOrderElementsOf(JSON.convertValue(c.get("expect"), List.class));
          findings.forEach(finding -> {
            assertThat(finding.ruleId()).isEqualTo(ruleId);
            assertThat(finding.message()).isNotBlank();
            assertThat(finding.remedy()).isNotBlank();
            if (c.get("format").asText().equals("PROTOBUF")) {
              assertThat(finding.location()).matches("schema\\.proto:\\d+:\\d+");
            }
          });
        }));
      }
    }
    return tests.stream();
  }

  /** A case that reports and a near miss that does not, for every rule and every format it applies to. */
  @Test
  void everyRuleHasACaseAndANearMissPerFormat() throws IOException {
    Set<String> covered = new HashSet<>();
    for (Path file : caseFiles()) {
      for (JsonNode c : JSON.readTree(file.toFile())) {
        covered.add(ruleOf(file) + " " + c.get("format").asText() + " " + (c.get("expect").isEmpty() ? "miss" : "hit"));
      }
    }
    List<String> missing = new ArrayList<>();
    for (LintRuleInfo rule : LintRules.catalog()) {
      if (rule.category().equals("BUF")) {
        continue; // the buf corpus covers these (BufLintLabelsTest)
      }
      for (String format : rule.formats()) {
        for (String kind : List.of("hit", "miss")) {
          if (!covered.contains(rule.id() + " " + format + " " + kind)) {
            missing.add(rule.id() + " " + format + " " + kind);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static ParsedSchema parse(JsonNode c, String field) {
    JsonNode schema = c.get(field);
    String text = schema.isTextual() ? schema.asText() : schema.toString();
    return SchemaFormats.of(c.get("format").asText()).parse(text, List.of());
  }

  private static String ruleOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  private static List<Path> caseFiles() {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
