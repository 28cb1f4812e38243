package dev.treaty.compatibility.avro;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.SchemaFormat;
import java.util.List;

/** The AVRO format. Placeholder until its implementation lands: parses nothing. */
public final class AvroFormat implements SchemaFormat {

  @Override
  public String name() {
    return "AVRO";
  }

  @Override
  public ParsedSchema parse(String text, List<ResolvedReference> references) {
    throw new InvalidSchemaException("AVRO schemas are not supported yet");
  }

  @Override
  public List<Finding> check(ParsedSchema reader, ParsedSchema writer, CheckOptions options) {
    return List.of();
  }

  @Override
  public List<Rule> rules() {
    return List.of();
  }

  @Override
  public List<Finding> validate(ParsedSchema schema, String payloadJson) {
    return List.of();
  }
}
