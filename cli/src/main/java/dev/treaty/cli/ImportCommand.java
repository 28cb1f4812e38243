package dev.treaty.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.treaty.client.RegistryClient;
import dev.treaty.client.RegistryException;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.RegisterSchemaResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty import DIR}: rebuilds an exported registry in an empty one, with the same ids and
 * versions: the registry is switched to IMPORT mode, every version registered with its id and
 * number, soft-deleted ones deleted again, and configs and modes restored last.
 */
@Command(name = "import", description = "Import an export (from treaty export) into an empty registry.")
final class ImportCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "DIR")
  String dir;

  @Override
  int run() throws IOException {
    OutputFormat format = textOrJson();
    Path source = session().resolve(dir);
    Exported exported = read(source.resolve(Exported.MANIFEST));
    List<ImportOrder.Entry> order = ImportOrder.of(exported);
    RegistryClient client = client();
    client.updateMode(null, "IMPORT", false);
    try {
      // the global mode is the default context's only: each context is opened for import on its own
      for (String context : exported.namedContexts()) {
        client.updateMode(context, "IMPORT", false);
      }
      restore(client, source, exported, order);
    } catch (RuntimeException e) {
      session().err().println("treaty: the import stopped part-way; the registry stays in IMPORT mode");
      throw e;
    }
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), new ExportCommand.Summary(exported.subjects().size(), order.size(),
          (int) order.stream().map(e -> e.version().file()).distinct().count(), dir));
    } else {
      println("Imported " + exported.subjects().size() + " subjects and " + order.size() + " versions from " + dir);
    }
    return ExitCodes.OK;
  }

  private void restore(RegistryClient client, Path source, Exported exported, List<ImportOrder.Entry> order)
      throws IOException {
    Progress progress = new Progress(session(), "Importing", order.size());
    for (ImportOrder.Entry entry : order) {
      Exported.Version version = entry.version();
      String text = schemaText(source, version.file());
      RegisterSchemaResponse registered = client.register(entry.subject(), new RegisterSchemaRequest(
          text, version.schemaType(), version.references(), version.metadata(), version.ruleSet(), version.version(),
          version.id()), false);
      if (registered.id() != version.id()) {
        throw new InputException("The registry gave " + entry.subject() + " version " + version.version() + " id "
            + registered.id() + " instead of " + version.id());
      }
      progress.step();
    }
    progress.finish();
    for (ImportOrder.Entry entry : order) {
      if (entry.version().deleted()) {
        client.deleteVersion(entry.subject(), Integer.toString(entry.version().version()), false);
      }
    }
    for (Exported.Subject subject : exported.subjects()) {
      if (subject.config() != null) {
        client.updateConfig(subject.name(), subject.config().asUpdate());
      }
    }
    for (Exported.Subject subject : exported.subjects()) {
      if (subject.mode() != null) {
        client.updateMode(subject.name(), subject.mode(), false);
      }
    }
    restoreContexts(client, exported);
    if (exported.config() != null) {
      client.updateConfig(null, exported.config().asUpdate());
    }
    client.updateMode(null, exported.mode() == null ? "READWRITE" : exported.mode(), false);
  }

  /** Each context's own config and mode as exported; one with no mode of its own leaves IMPORT for none. */
  private static void restoreContexts(RegistryClient client, Exported exported) {
    java.util.Map<String, Exported.Context> listed = new java.util.HashMap<>();
    if (exported.contexts() != null) {
      exported.contexts().forEach(context -> listed.put(context.name(), context));
    }
    for (Exported.Context context : listed.values()) {
      if (context.config() != null) {
        client.updateConfig(context.name(), context.config().asUpdate());
      }
    }
    for (String name : exported.namedContexts()) {
      Exported.Context context = listed.get(name);
      if (context == null || context.mode() == null) {
        client.deleteMode(name);
      } else {
        client.updateMode(name, context.mode(), false);
      }
    }
    Exported.Context global = listed.get(Exported.GLOBAL_CONTEXT);
    if (global != null && global.mode() != null) {
      client.updateMode(Exported.GLOBAL_CONTEXT, global.mode(), false);
    }
  }

  private String schemaText(Path source, String file) throws IOException {
    try {
      return Files.readString(source.resolve(file));
    } catch (NoSuchFileException e) {
      throw new InputException("The export in " + dir + " lacks its schema file " + file, e);
    }
  }

  private Exported read(Path manifest) throws IOException {
    try {
      Exported exported = JsonOutput.MAPPER.readValue(Files.readString(manifest), Exported.class);
      if (exported.formatVersion() != Exported.FORMAT_VERSION || exported.subjects() == null) {
        throw new InputException(manifest + " is not an export this version of treaty reads");
      }
      return exported;
    } catch (NoSuchFileException e) {
      throw new InputException("No export in " + dir + " (" + Exported.MANIFEST + " is missing)", e);
    } catch (JsonProcessingException e) {
      throw new InputException(Exported.MANIFEST + " in " + dir + " is malformed: " + e.getOriginalMessage(), e);
    }
  }
}
