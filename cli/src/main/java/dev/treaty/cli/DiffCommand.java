package dev.treaty.cli;

import dev.treaty.client.model.Schema;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.JsonCompatibilityPolicy;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.ResolvedReference;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty diff OLD NEW}: every change between two schemas, each marked breaking or safe
 * under a level. Local files need no registry; {@code SUBJECT@VERSION} reads one from it.
 */
@Command(name = "diff", description = "List every change between two schemas (files or SUBJECT@VERSION).")
final class DiffCommand extends RegistryCommand {

  private static final Pattern REGISTERED = Pattern.compile("(.+)@(\\d+|latest)");
  private static final CompatibilityChecker CHECKER = new CompatibilityChecker();

  @Parameters(index = "0", paramLabel = "OLD")
  String old;

  @Parameters(index = "1", paramLabel = "NEW")
  String proposed;

  @Option(names = {"-l", "--level"}, paramLabel = "LEVEL", defaultValue = "BACKWARD", converter = LevelOption.class,
      description = "BACKWARD (default), FORWARD, FULL, their _TRANSITIVE forms (the same for two schemas) or NONE "
          + "(every change is safe).")
  CompatibilityLevel level;

  @Option(names = "--type", paramLabel = "TYPE", description = "AVRO, PROTOBUF or JSON, when not clear from the extensions.")
  String type;

  @Option(names = "--reference", paramLabel = "NAME=FILE",
      description = "A local file that both schemas refer to by NAME (Avro full name, .proto import path, JSON "
          + "Schema $ref); repeatable, dependencies first.")
  List<String> references = new ArrayList<>();

  @Option(names = "--json-policy", paramLabel = "POLICY", defaultValue = "STRICT",
      description = "JSON Schema: STRICT (Confluent's default) or LENIENT.")
  JsonCompatibilityPolicy jsonPolicy;

  @Option(names = "--protobuf-rules", paramLabel = "RULES", defaultValue = "CONFLUENT",
      description = "Protobuf: CONFLUENT (default), WIRE or WIRE_JSON.")
  ProtobufRuleSet protobufRules;

  @Override
  int run() {
    OutputFormat format = output();
    ParsedSchema before = load(old);
    ParsedSchema after = load(proposed);
    CheckOptions options = new CheckOptions(jsonPolicy, protobufRules);
    List<Finding> findings = new ArrayList<>();
    if (level != CompatibilityLevel.FORWARD && level != CompatibilityLevel.FORWARD_TRANSITIVE) {
      findings.addAll(CHECKER.checkPair(after, before, Direction.BACKWARD, null, options));
    }
    if (level != CompatibilityLevel.BACKWARD && level != CompatibilityLevel.BACKWARD_TRANSITIVE) {
      findings.addAll(CHECKER.checkPair(before, after, Direction.FORWARD, null, options));
    }
    List<Change> changes = dev.treaty.compatibility.Change.of(findings).stream()
        .map(change -> Change.of(change, level == CompatibilityLevel.NONE)).toList();
    boolean compatible = changes.stream().noneMatch(Change::breaking);
    ChangePrinter.print(session(), format, new ChangeReport(null, old, proposed, level.name(), compatible, changes, true,
        fromRegistry(proposed) ? null : proposed, fromRegistry(old) ? null : old, null));
    return compatible ? ExitCodes.OK : ExitCodes.INCOMPATIBLE;
  }

  /** {@code SUBJECT@VERSION}, unless a file has that name. */
  private boolean fromRegistry(String source) {
    return !Files.exists(session().resolve(source)) && REGISTERED.matcher(source).matches();
  }

  private ParsedSchema load(String source) {
    if (fromRegistry(source)) {
      Matcher registered = REGISTERED.matcher(source);
      registered.matches();
      Schema schema = client().version(registered.group(1), registered.group(2), true);
      return Formats.parse(session(), schema.schemaType(), schema.schema(),
          resolve(schema.references()));
    }
    SchemaFile file = SchemaFile.read(session(), source, type);
    return Formats.parse(session(), file.type(), file.text(), localReferences());
  }

  private List<ResolvedReference> localReferences() {
    List<ResolvedReference> resolved = new ArrayList<>();
    for (String reference : references) {
      int equals = reference.indexOf('=');
      if (equals <= 0 || equals == reference.length() - 1) {
        throw new InputException("Expected --reference NAME=FILE, got '" + reference + "'");
      }
      String path = reference.substring(equals + 1);
      resolved.add(new ResolvedReference(reference.substring(0, equals), SchemaFile.text(session(), path)));
    }
    return resolved;
  }
}
