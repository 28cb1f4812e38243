package dev.treaty.cli;

import dev.treaty.client.RegistryException;
import dev.treaty.client.model.RegisterSchemaResponse;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code treaty register SUBJECT FILE}: registers a schema; an incompatible one is explained. */
@Command(name = "register", description = "Register a schema file under a subject.")
final class RegisterCommand extends RegistryCommand {

  @Mixin
  SchemaFileOptions schema;

  @Mixin
  TagOptions tags;

  @Override
  int run() {
    OutputFormat format = output();
    SchemaFile file = schema.read(session());
    RegisterSchemaResponse response;
    try {
      response = client().register(schema.subject, tags.applyTo(schema.request(file), file), schema.normalize);
    } catch (RegistryException e) {
      if (!e.isIncompatible()) {
        throw e;
      }
      List<Change> changes = e.incompatibilities().isEmpty()
          ? List.of(Change.unexplained(e.getMessage()))
          : e.incompatibilities().stream().map(Change::of).toList();
      ChangePrinter.print(session(), format,
          new ChangeReport(schema.subject, null, schema.file, levelOf(schema.subject), false, changes, false,
              schema.file, e.judge()));
      boolean gate = e.judge() != null && e.judge().isGate();
      session().err().println("treaty: " + schema.subject + " refused " + schema.file
          + (gate ? ": " + e.judge().describe() + " says a deployed consumer cannot read it" : ": it is incompatible"));
      return ExitCodes.INCOMPATIBLE;
    }
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), response);
    } else {
      println("Registered " + schema.file + " as " + schema.subject
          + (response.version() == null ? "" : " version " + response.version()) + " (id " + response.id() + ")");
    }
    return ExitCodes.OK;
  }

  /** The level the registry judged with, for the summary; none when it cannot say. */
  private String levelOf(String subject) {
    try {
      return client().config(subject, true).compatibilityLevel();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
