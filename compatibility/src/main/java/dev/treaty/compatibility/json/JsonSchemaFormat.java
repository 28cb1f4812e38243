package dev.treaty.compatibility.json;

import java.util.ArrayList;
import dev.treaty.compatibility.internal.SampleDice;
import dev.treaty.compatibility.SampleRequest;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.Edit;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.SchemaFormat;
import java.util.Comparator;
import java.util.List;

/**
 * The JSON format: JSON Schema drafts 4, 6 and 7 read with everit-json-schema, judged by a diff
 * model like Confluent's (original = writer, update = reader) under the STRICT or LENIENT policy.
 * Stateless and thread-safe.
 */
public final class JsonSchemaFormat implements SchemaFormat {

  private static final List<Rule> RULES = JsonRules.all();

  @Override
  public String name() {
    return JsonRules.FORMAT;
  }

  @Override
  public ParsedSchema parse(String text, List<ResolvedReference> references) {
    return JsonSchemaParser.parse(text, references, true);
  }

  @Override
  public ParsedSchema parseStored(String text, List<ResolvedReference> references) {
    return JsonSchemaParser.parse(text, references, false);
  }

  /** Every document the writer's schema accepts must stay valid under the reader's schema. */
  @Override
  public List<Finding> check(ParsedSchema reader, ParsedSchema writer, Edit edit, CheckOptions options) {
    return SchemaWalker.diff(options.jsonPolicy(), json(writer).schema(), json(reader).schema(), edit).list().stream()
        .map(difference -> toFinding(difference, options))
        .sorted(Comparator.comparing(Finding::path).thenComparing(Finding::ruleId).thenComparing(Finding::message))
        .toList();
  }

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public List<Finding> validate(ParsedSchema schema, String payloadJson) {
    return PayloadValidator.validate(json(schema), payloadJson, PayloadValidator.NOTHING_TOLERATED);
  }

  /** The writer's schema judges the payload, but a key the reader ignores is the reader's business. */
  @Override
  public List<Finding> validateAsRead(ParsedSchema writer, ParsedSchema reader, String payloadJson) {
    ReaderObjects objects = new ReaderObjects(json(reader).document());
    return PayloadValidator.validate(json(writer), payloadJson, objects::ignores);
  }

  private static Finding toFinding(Difference difference, CheckOptions options) {
    String id = difference.type().name();
    return switch (difference.type().severity(options.jsonPolicy())) {
      case BREAKING -> Finding.breaking(id, difference.path(), difference.message());
      case SAFE -> Finding.safe(id, difference.path(), difference.message());
    };
  }

  private static JsonSchema json(ParsedSchema schema) {
    if (schema instanceof JsonSchema json) {
      return json;
    }
    throw new IllegalArgumentException("Not a JSON Schema: " + schema.format().name());
  }

  @Override
  public List<String> samples(ParsedSchema schema, SampleRequest request) {
    List<String> samples = new ArrayList<>();
    for (int i = 0; i < request.count(); i++) {
      samples.add(JsonSamples.sample(json(schema), new SampleDice(request.seed(), i)));
    }
    return List.copyOf(samples);
  }
}
