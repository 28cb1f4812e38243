package dev.treaty.compatibility.protobuf;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.VersionedSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case folder under {@code cases/protobuf/<group>/<case>/}, judged under one rule set:
 * {@code existing.proto}, {@code proposed.proto}, references under {@code refs/} named by their
 * path below {@code refs/} (so {@code refs/common/money.proto} is the import
 * {@code "common/money.proto"}), and one {@code expected-<set>.txt} per rule set ({@code confluent},
 * {@code wire}, {@code wire-json}); for the buf sets also buf's own verdict in
 * {@code buf-<set>.txt}. References only one side uses, or that changed between the versions, live
 * in {@code refs-existing/} and {@code refs-proposed/}.
 */
record ProtobufCase(Path folder, ProtobufRuleSet ruleSet) {

  static final Path ROOT = Path.of("src", "test", "resources", "cases", "protobuf");

  static Stream<ProtobufCase> all() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(path -> path.getFileName().toString().equals("existing.proto"))
          .flatMap(path -> Stream.of(ProtobufRuleSet.values()).map(set -> new ProtobufCase(path.getParent(), set)))
          .filter(protobufCase -> Files.exists(protobufCase.expectedFile()))
          .sorted(java.util.Comparator.comparing(ProtobufCase::name))
          .toList()
          .stream();
    }
  }

  /** The case folder and the rule set, e.g. {@code oneof/field-moved-into-new-oneof [wire-json]}. */
  String name() {
    return ROOT.relativize(folder).toString().replace('\\', '/') + " [" + setSuffix() + "]";
  }

  /** The group: the first folder below {@code cases/protobuf}. */
  String group() {
    return ROOT.relativize(folder).getName(0).toString();
  }

  Path expectedFile() {
    return folder.resolve("expected-" + setSuffix() + ".txt");
  }

  /** buf's stored verdict, for the WIRE and WIRE_JSON sets. */
  Path bufVerdictFile() {
    return folder.resolve("buf-" + setSuffix() + ".txt");
  }

  private String setSuffix() {
    return ruleSet.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The references of {@code existing} or {@code proposed}: {@code refs/} plus {@code refs-<side>/}. */
  List<ResolvedReference> references(String side) {
    List<ResolvedReference> all = new ArrayList<>(referencesIn(folder.resolve("refs")));
    all.addAll(referencesIn(folder.resolve("refs-" + side)));
    return all;
  }

  private static List<ResolvedReference> referencesIn(Path refs) {
    if (!Files.isDirectory(refs)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(refs)) {
      return files.filter(Files::isRegularFile).sorted()
          .map(path -> new ResolvedReference(refs.relativize(path).toString().replace('\\', '/'), read(path)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every finding of a FULL check of proposed against existing. */
  ParsedSchema existing() {
    return SchemaFormats.PROTOBUF.parse(read(folder.resolve("existing.proto")), references("existing"));
  }

  ParsedSchema proposed() {
    return SchemaFormats.PROTOBUF.parse(read(folder.resolve("proposed.proto")), references("proposed"));
  }

  CheckOptions options() {
    return CheckOptions.DEFAULTS.withProtobufRules(ruleSet());
  }

  /** The golden wording of the case under BACKWARD, FORWARD and FULL, for this rule set. */
  Path wordingFile() {
    return folder.resolve("wording-" + setSuffix() + ".txt");
  }

  List<Finding> findings() {
    var existing = existing();
    var proposed = proposed();
    CheckOptions options = options();
    return new CompatibilityChecker()
        .check(CompatibilityLevel.FULL, proposed, List.of(new VersionedSchema(1, existing)), options)
        .findings();
  }

  List<String> actualLines() {
    List<String> lines = new ArrayList<>();
    for (Finding finding : findings()) {
      lines.add(finding.direction() + " " + finding.severity() + " " + finding.ruleId() + " " + finding.path());
    }
    return lines.stream().sorted().toList();
  }

  List<String> expectedLines() {
    return read(expectedFile()).lines().filter(line -> !line.isBlank()).toList();
  }

  static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
