package dev.treaty.cli;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.SchemaReference;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The subject, schema file and its options that {@code register} and {@code check} share. */
final class SchemaFileOptions {

  @Parameters(index = "0", paramLabel = "SUBJECT")
  String subject;

  @Parameters(index = "1", paramLabel = "FILE", description = "A .avsc, .proto or .json schema file.")
  String file;

  @Option(names = "--type", paramLabel = "TYPE", description = "AVRO, PROTOBUF or JSON, when not clear from the extension.")
  String type;

  @Option(names = "--reference", paramLabel = "NAME=SUBJECT:VERSION", converter = ReferenceOption.class,
      description = "A schema this one refers to, already registered (repeatable; VERSION may be latest).")
  List<SchemaReference> references = new ArrayList<>();

  @Option(names = "--normalize", description = "Normalize the schema before comparing and storing it.")
  boolean normalize;

  SchemaFile read(Session session) {
    return SchemaFile.read(session, file, type);
  }

  RegisterSchemaRequest request(SchemaFile schema) {
    return RegisterSchemaRequest.of(schema.type(), schema.text(), references);
  }
}
