package dev.treaty.cli;

import dev.treaty.client.model.SchemaString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code treaty schema ID}: the schema with an id, as text ready to save to a file. */
@Command(name = "schema", description = "Print the schema with this id.")
final class SchemaCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "ID")
  int id;

  @Override
  int run() {
    OutputFormat format = textOrJson();
    SchemaString schema = client().schemaById(id);
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), schema);
    } else {
      println(JsonOutput.readable(schema.schema()));
    }
    return ExitCodes.OK;
  }
}
