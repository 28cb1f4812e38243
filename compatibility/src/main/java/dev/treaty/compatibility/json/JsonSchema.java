package dev.treaty.compatibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.internal.Fingerprints;
import java.util.Comparator;
import java.util.List;
import org.everit.json.schema.Schema;

/**
 * A parsed JSON Schema (draft 4, 6 or 7). The canonical text is the document re-printed as compact
 * JSON, as Confluent computes it, so whitespace never matters; {@link #normalized()} also sorts the
 * keys of every object and the references by name. Immutable and thread-safe.
 */
public final class JsonSchema implements ParsedSchema {

  private final String text;
  private final JsonNode document;
  private final Draft draft;
  private final List<ResolvedReference> references;
  private final Schema schema;
  private final String canonical;
  private Schema validationSchema;

  JsonSchema(String text, JsonNode document, Draft draft, List<ResolvedReference> references, Schema schema) {
    this.text = text;
    this.document = document;
    this.draft = draft;
    this.references = references;
    this.schema = schema;
    this.canonical = JsonDocuments.compact(document);
  }

  @Override
  public SchemaFormat format() {
    return SchemaFormats.JSON;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public String canonical() {
    return canonical;
  }

  @Override
  public ParsedSchema normalized() {
    String sortedText = JsonDocuments.compact(JsonDocuments.sorted(document));
    List<ResolvedReference> sortedReferences =
        references.stream().sorted(Comparator.comparing(ResolvedReference::name)).toList();
    if (sortedText.equals(canonical) && sortedReferences.equals(references)) {
      return this;
    }
    return JsonSchemaParser.parse(sortedText, sortedReferences, false);
  }

  @Override
  public String fingerprint() {
    return Fingerprints.sha256(canonical, references);
  }

  @Override
  public List<ResolvedReference> references() {
    return references;
  }

  /** The draft the schema was read as: {@code draft-04}, {@code draft-06} or {@code draft-07}. */
  public String draft() {
    return draft.label();
  }

  /** The schema document as parsed JSON; callers must not change it. */
  public JsonNode document() {
    return document;
  }

  /** The model the diff walks, with {@code default} values. */
  Schema schema() {
    return schema;
  }

  /** The model payloads are validated with: loaded on first use, without applying defaults. */
  synchronized Schema validationSchema() {
    if (validationSchema == null) {
      validationSchema = JsonSchemaParser.load(document, draft, references, false);
    }
    return validationSchema;
  }

  @Override
  public String toString() {
    return canonical;
  }
}
