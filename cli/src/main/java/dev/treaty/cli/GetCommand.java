package dev.treaty.cli;

import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaReference;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code treaty get SUBJECT [VERSION]}: one version of a subject, with its schema. */
@Command(name = "get", description = "Show a version of a subject (the latest by default).")
final class GetCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "SUBJECT")
  String subject;

  @Parameters(index = "1", arity = "0..1", paramLabel = "VERSION", defaultValue = "latest", description = "A number or latest.")
  String version;

  @Option(names = "--deleted", description = "Allow a soft-deleted version.")
  boolean deleted;

  @Override
  int run() {
    OutputFormat format = textOrJson();
    Schema schema = client().version(subject, version, deleted);
    DeprecationWarning.print(session(), client(), schema.subject(), schema.version());
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), schema);
      return ExitCodes.OK;
    }
    Colours colours = session().colours();
    println(colours.bold(schema.subject()) + " version " + schema.version() + ", id " + schema.id() + ", "
        + (schema.schemaType() == null ? "AVRO" : schema.schemaType())
        + (Boolean.TRUE.equals(schema.deleted()) ? " (soft-deleted)" : ""));
    List<SchemaReference> references = schema.references() == null ? List.of() : schema.references();
    for (SchemaReference reference : references) {
      println("  references " + reference.name() + " = " + reference.subject() + " version " + reference.version());
    }
    println("");
    println(JsonOutput.readable(schema.schema()));
    return ExitCodes.OK;
  }
}
