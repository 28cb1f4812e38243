package dev.treaty.compatibility.json;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.JsonCompatibilityPolicy;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.VersionedSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One case folder under {@code cases/json/<group>/<case>/}: {@code existing.json},
 * {@code proposed.json}, optional {@code options} ({@code compatibilityPolicy=LENIENT}), optional
 * reference folders {@code refs/} (both schemas), {@code existing-refs/} and {@code proposed-refs/}
 * (one side, winning over {@code refs/}); a reference is named by its path inside its folder, so
 * {@code refs/address.json} answers {@code "$ref": "address.json"}; and
 * {@code expected.txt}: the sorted findings of a FULL check, one {@code DIRECTION SEVERITY RULE path}
 * a line.
 */
record JsonCase(Path folder) {

  static final Path ROOT = Path.of("src", "test", "resources", "cases", "json");

  static List<JsonCase> all() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(path -> path.getFileName().toString().equals("expected.txt"))
          .map(path -> new JsonCase(path.getParent()))
          .sorted((a, b) -> a.name().compareTo(b.name()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String group() {
    return folder.getParent().getFileName().toString();
  }

  String name() {
    return group() + "/" + folder.getFileName();
  }

  ParsedSchema existing() {
    return SchemaFormats.JSON.parse(read("existing.json"), references("existing-refs"));
  }

  ParsedSchema proposed() {
    return SchemaFormats.JSON.parse(read("proposed.json"), references("proposed-refs"));
  }

  /** The golden wording of the case under BACKWARD, FORWARD and FULL. */
  Path wordingFile() {
    return folder.resolve("wording.txt");
  }

  List<String> actual() {
    ParsedSchema existing = existing();
    ParsedSchema proposed = proposed();
    return new CompatibilityChecker()
        .check(CompatibilityLevel.FULL, proposed, List.of(new VersionedSchema(1, existing)), options())
        .findings().stream()
        .map(f -> f.direction() + " " + f.severity() + " " + f.ruleId() + " " + f.path())
        .sorted()
        .toList();
  }

  List<String> expected() {
    return read("expected.txt").lines().filter(line -> !line.isBlank()).sorted().toList();
  }

  CheckOptions options() {
    Path file = folder.resolve("options");
    if (!Files.exists(file)) {
      return CheckOptions.DEFAULTS;
    }
    Properties options = new Properties();
    try (var reader = Files.newBufferedReader(file)) {
      options.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String policy = options.getProperty("compatibilityPolicy", "STRICT");
    return CheckOptions.DEFAULTS.withJsonPolicy(JsonCompatibilityPolicy.valueOf(policy));
  }

  /** The shared {@code refs/} plus the side's own folder, which wins for a name in both. */
  private List<ResolvedReference> references(String ownFolder) {
    java.util.Map<String, ResolvedReference> byName = new java.util.TreeMap<>();
    for (String name : List.of("refs", ownFolder)) {
      references(folder.resolve(name)).forEach(reference -> byName.put(reference.name(), reference));
    }
    return List.copyOf(byName.values());
  }

  private static List<ResolvedReference> references(Path refs) {
    if (!Files.isDirectory(refs)) {
      return List.of();
    }
    List<ResolvedReference> references = new ArrayList<>();
    try (Stream<Path> files = Files.walk(refs)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        references.add(new ResolvedReference(refs.relativize(file).toString().replace('\\', '/'), Files.readString(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return references;
  }

  private String read(String file) {
    try {
      return Files.readString(folder.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
