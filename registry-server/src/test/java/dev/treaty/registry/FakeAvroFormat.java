package dev.treaty.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.internal.Fingerprints;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for AVRO while the real format is being written: a schema is a JSON record whose
 * canonical form is its compact JSON, and a reader can read a writer when every reader field
 * without a default is written.
 */
final class FakeAvroFormat implements SchemaFormat {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  record Parsed(SchemaFormat format, String text, JsonNode tree, List<ResolvedReference> references) implements ParsedSchema {
    @Override
    public String canonical() {
      return tree.toString();
    }

    @Override
    public ParsedSchema normalized() {
      return this;
    }

    @Override
    public String fingerprint() {
      return Fingerprints.sha256(canonical(), references);
    }
  }

  @Override
  public String name() {
    return "AVRO";
  }

  @Override
  public ParsedSchema parse(String text, List<ResolvedReference> references) {
    try {
      JsonNode tree = MAPPER.readTree(text);
      if (tree == null || !tree.isObject() || !tree.path("fields").isArray()) {
        throw new InvalidSchemaException("Not a record schema with fields");
      }
      return new Parsed(this, text, tree, references);
    } catch (JsonProcessingException e) {
      throw new InvalidSchemaException(e.getOriginalMessage(), e.getLocation().getLineNr(), e.getLocation().getColumnNr(), e);
    }
  }

  @Override
  public List<Finding> check(ParsedSchema reader, ParsedSchema writer, CheckOptions options) {
    JsonNode written = ((Parsed) writer).tree().path("fields");
    List<Finding> findings = new ArrayList<>();
    JsonNode fields = ((Parsed) reader).tree().path("fields");
    for (int i = 0; i < fields.size(); i++) {
      JsonNode field = fields.get(i);
      boolean present = false;
      for (JsonNode candidate : written) {
        present |= candidate.path("name").equals(field.path("name"));
      }
      if (!present && !field.has("default")) {
        findings.add(Finding.breaking(
            "READER_FIELD_MISSING_DEFAULT_VALUE",
            SchemaPath.ROOT.child("fields").index(i),
            "The field '" + field.path("name").asText() + "' has no default value and is not written."));
      }
    }
    return findings;
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
