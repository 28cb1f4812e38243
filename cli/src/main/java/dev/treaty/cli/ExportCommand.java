package dev.treaty.cli;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.RegistryException;
import dev.treaty.client.model.Config;
import dev.treaty.client.model.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty export DIR}: the whole registry into a folder: {@code treaty-export.json} and one
 * file per schema id under {@code schemas/}. Soft-deleted versions are kept, marked as such.
 */
@Command(name = "export", description = "Export every subject, version, config and mode into DIR.")
final class ExportCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "DIR")
  String dir;

  @Override
  int run() throws IOException {
    OutputFormat format = textOrJson();
    RegistryClient client = client();
    Path target = session().resolve(dir);
    Path schemas = target.resolve("schemas");
    Files.createDirectories(schemas);
    if (Files.exists(target.resolve(Exported.MANIFEST))) {
      throw new InputException(dir + " already holds an export; choose an empty folder");
    }
    List<String> names = client.subjects(true);
    Progress progress = new Progress(session(), "Exporting", names.size());
    List<Exported.Subject> subjects = new ArrayList<>();
    Set<String> written = new HashSet<>();
    for (String name : names) {
      Set<Integer> live = new HashSet<>(orEmpty(() -> client.versions(name, false)));
      List<Exported.Version> versions = new ArrayList<>();
      for (int number : client.versions(name, true)) {
        Schema schema = client.version(name, Integer.toString(number), true);
        String file = "schemas/" + contextFolder(name) + schema.id() + SchemaFile.extensionOf(schema.schemaType());
        if (written.add(file)) {
          Files.createDirectories(target.resolve(file).getParent());
          Files.writeString(target.resolve(file), schema.schema());
        }
        versions.add(new Exported.Version(number, schema.id(), schema.schemaType() == null ? "AVRO" : schema.schemaType(),
            schema.references() == null || schema.references().isEmpty() ? null : schema.references(),
            schema.metadata(), schema.ruleSet(), !live.contains(number), file));
      }
      subjects.add(new Exported.Subject(name, ownConfig(client, name), ownMode(client, name), versions));
      progress.step();
    }
    progress.finish();
    List<Exported.Context> contexts = new ArrayList<>();
    for (String context : client.contexts()) {
      if (!context.equals(".")) {
        String name = ":" + context + ":";
        contexts.add(new Exported.Context(name, ownConfig(client, name), ownMode(client, name)));
      }
    }
    // like the global config and mode, the global context's always answer (with the defaults when unset)
    contexts.add(new Exported.Context(Exported.GLOBAL_CONTEXT, client.config(Exported.GLOBAL_CONTEXT, false),
        client.mode(Exported.GLOBAL_CONTEXT, false).mode()));
    Exported exported = new Exported(Exported.FORMAT_VERSION, client.config(null, false), client.mode(null, false).mode(),
        subjects, contexts);
    Files.writeString(target.resolve(Exported.MANIFEST), JsonOutput.write(exported) + "\n");
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), new Summary(subjects.size(), exported.versionCount(), written.size(), dir));
    } else {
      println("Exported " + subjects.size() + " subjects, " + exported.versionCount() + " versions and "
          + written.size() + " schemas to " + dir);
    }
    return ExitCodes.OK;
  }

  record Summary(int subjects, int versions, int schemas, String dir) {}

  private static Config ownConfig(RegistryClient client, String subject) {
    return orNull(() -> client.config(subject, false));
  }

  private static String ownMode(RegistryClient client, String subject) {
    var mode = orNull(() -> client.mode(subject, false));
    return mode == null ? null : mode.mode();
  }

  /** The answer, or null when the registry says there is nothing at subject level (404). */
  private static <T> T orNull(Supplier<T> call) {
    try {
      return call.get();
    } catch (RegistryException e) {
      if (e.isNotFound()) {
        return null;
      }
      throw e;
    }
  }

  private static List<Integer> orEmpty(Supplier<List<Integer>> call) {
    List<Integer> found = orNull(call);
    return found == null ? List.of() : found;
  }

  /**
   * Where a subject's schema files go: ids are per context, so one id may be two schemas in two
   * contexts; a named context's files have a folder of their own ({@code context-team/}).
   */
  static String contextFolder(String subject) {
    String context = Exported.contextOf(subject);
    return context == null ? "" : "context-" + context.substring(2, context.length() - 1) + "/";
  }
}
