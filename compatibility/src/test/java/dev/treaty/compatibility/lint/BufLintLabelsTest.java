package dev.treaty.compatibility.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Treaty's BUF rules report what {@code buf lint} (STANDARD) reports on the corpus under
 * {@code lint/buf}: same rule ids at the same line and column. Labels come from
 * {@code src/test/buf/regenerate-lint-labels.sh}. buf's rules that need several files or the
 * module layout are not Treaty's, so their labels are left out of the comparison.
 */
class BufLintLabelsTest {

  static final Path CORPUS = Path.of("src/test/resources/lint/buf");

  /** buf STANDARD rules that look beyond one file (X and G scope) or check protovalidate. */
  static final Set<String> NOT_SINGLE_FILE = Set.of("DIRECTORY_SAME_PACKAGE", "PACKAGE_DIRECTORY_MATCH",
      "PACKAGE_SAME_DIRECTORY", "PACKAGE_SAME_CSHARP_NAMESPACE", "PACKAGE_SAME_GO_PACKAGE",
      "PACKAGE_SAME_JAVA_MULTIPLE_FILES", "PACKAGE_SAME_JAVA_PACKAGE", "PACKAGE_SAME_PHP_NAMESPACE",
      "PACKAGE_SAME_RUBY_PACKAGE", "PACKAGE_SAME_SWIFT_PREFIX", "RPC_REQUEST_RESPONSE_UNIQUE", "PROTOVALIDATE",
      "PACKAGE_NO_IMPORT_CYCLE");

  @TestFactory
  Stream<DynamicTest> findingsEqualBufLint() throws IOException {
    LintRuleSet standard = LintRuleSets.builtIn(LintRuleSets.PROTOBUF_STANDARD).orElseThrow();
    return caseFolders().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
      List<String> expected = Files.readAllLines(folder.resolve("buf-lint.txt")).stream()
          .filter(line -> !line.isBlank())
          .filter(line -> !NOT_SINGLE_FILE.contains(line.substring(line.indexOf(' ') + 1)))
          .sorted()
          .toList();
      List<String> actual = protoFiles(folder).stream()
          .flatMap(file -> lint(file, standard).stream())
          .map(finding -> finding.location() + " " + finding.ruleId())
          .sorted()
          .toList();
      assertThat(actual).isEqualTo(expected);
    }));
  }

  @Test
  void everyBufRuleIsSeenByBufOnTheCorpus() throws IOException {
    Set<String> labelled = caseFolders()
        .flatMap(folder -> read(folder.resolve("buf-lint.txt")).stream())
        .map(line -> line.substring(line.indexOf(' ') + 1))
        .collect(Collectors.toSet());
    List<String> bufRules = LintRules.catalog().stream()
        .filter(rule -> rule.category().equals("BUF"))
        .map(LintRuleInfo::id)
        .toList();
    assertThat(labelled).containsAll(bufRules);
  }

  static List<LintFinding> lint(Path file, LintRuleSet rules) {
    ParsedSchema schema = SchemaFormats.PROTOBUF.parse(readString(file), List.of());
    return Linter.lint(schema, null, file.getFileName().toString(), rules);
  }

  static Stream<Path> caseFolders() throws IOException {
    return Files.list(CORPUS).filter(Files::isDirectory).sorted();
  }

  static List<Path> protoFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".proto")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}
