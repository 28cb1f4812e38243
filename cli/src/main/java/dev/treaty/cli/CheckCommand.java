package dev.treaty.cli;

import dev.treaty.client.RegistryException;
import dev.treaty.client.model.CompatibilityCheckResponse;
import dev.treaty.client.model.Config;
import dev.treaty.client.model.Schema;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.CompatibilityReport;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.VersionedSchema;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code treaty check SUBJECT FILE}: would the registry accept this schema? At the subject's own
 * level the registry judges, and the safe changes (which a registry does not report) are listed
 * beside its verdict from a local check at the same level; with {@code --level} the versions are
 * fetched and judged here.
 */
@Command(name = "check", description = "Check a schema file against a subject's versions.")
final class CheckCommand extends RegistryCommand {

  @Mixin
  SchemaFileOptions schema;

  @Option(names = {"-l", "--level"}, paramLabel = "LEVEL", converter = LevelOption.class,
      description = "Judge at this level instead of the subject's configured one.")
  CompatibilityLevel level;

  @Override
  int run() {
    OutputFormat format = output();
    SchemaFile file = schema.read(session());
    // Parsed here first: a registry answers a verbose check of an invalid schema with
    // "incompatible", but an invalid file is an input error (exit 2), not a verdict.
    ParsedSchema proposed = Formats.parse(session(), file.type(), file.text(), resolve(schema.references));
    ChangeReport report = level == null ? onRegistry(file, proposed) : locally(level, proposed);
    ChangePrinter.print(session(), format, report);
    return report.compatible() ? ExitCodes.OK : ExitCodes.INCOMPATIBLE;
  }

  private ChangeReport onRegistry(SchemaFile file, ParsedSchema proposed) {
    CompatibilityCheckResponse response =
        client().checkCompatibility(schema.subject, null, schema.request(file), schema.normalize, true);
    List<Change> changes = new ArrayList<>();
    if (response.incompatibilities() != null) {
      response.incompatibilities().forEach(found -> changes.add(Change.of(found)));
    }
    if (changes.isEmpty() && !response.isCompatible()) {
      List<String> messages = response.messages() == null || response.messages().isEmpty()
          ? List.of("The registry found the schema incompatible") : response.messages();
      messages.forEach(message -> changes.add(Change.unexplained(message)));
    }
    String configured = config().compatibilityLevel();
    // The verdict and what breaks are the registry's (its gate included); what is safe is the
    // library's, at the same level against the same versions.
    CompatibilityLevel same = CompatibilityLevel.parse(configured);
    locally(same, proposed).changes().stream().filter(change -> !change.breaking()).forEach(changes::add);
    return new ChangeReport(
        schema.subject, null, schema.file, configured, response.isCompatible(), changes, true, schema.file,
        response.judge());
  }

  private ChangeReport locally(CompatibilityLevel level, ParsedSchema proposed) {
    List<VersionedSchema> existing = new ArrayList<>();
    for (int version : liveVersions()) {
      Schema registered = client().version(schema.subject, Integer.toString(version), false);
      ParsedSchema parsed = Formats.parse(session(), registered.schemaType(), registered.schema(),
          resolve(registered.references()));
      existing.add(new VersionedSchema(version, schema.normalize ? parsed.normalized() : parsed));
    }
    CompatibilityReport report = new CompatibilityChecker().check(
        level, schema.normalize ? proposed.normalized() : proposed, existing, options(config()));
    return new ChangeReport(schema.subject, null, schema.file, level.name(), report.isCompatible(),
        report.changes().stream().map(change -> Change.of(change, false)).toList(), true, schema.file);
  }

  private List<Integer> liveVersions() {
    try {
      return client().versions(schema.subject, false);
    } catch (RegistryException e) {
      if (e.errorCode() == 40401) {
        return List.of();
      }
      throw e;
    }
  }

  private Config config() {
    return client().config(schema.subject, true);
  }

  private static CheckOptions options(Config config) {
    return CheckOptions.of(config.compatibilityPolicy(), config.protobufRules());
  }
}
