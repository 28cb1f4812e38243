package dev.treaty.compatibility.avro;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.internal.Fingerprints;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.Schema;

/**
 * An Avro schema that parsed, with the references its named types came from. Immutable: the
 * {@link Schema} it exposes must not be changed by callers (Avro's objects are mutable by design).
 */
public final class AvroSchema implements ParsedSchema {

  private final String text;
  private final Schema schema;
  private final List<ResolvedReference> references;
  private final List<ResolvedReference> canonicalReferences;
  private final String canonical;
  private final boolean normalized;

  AvroSchema(
      String text,
      Schema schema,
      List<ResolvedReference> references,
      List<ResolvedReference> canonicalReferences,
      String canonical,
      boolean normalized) {
    this.text = text;
    this.schema = schema;
    this.references = List.copyOf(references);
    this.canonicalReferences = List.copyOf(canonicalReferences);
    this.canonical = canonical;
    this.normalized = normalized;
  }

  /** The parsed Avro schema. */
  public Schema schema() {
    return schema;
  }

  @Override
  public SchemaFormat format() {
    return SchemaFormats.AVRO;
  }

  @Override
  public String text() {
    return text;
  }

  /** Avro's compact JSON, with named types defined in references written as names. */
  @Override
  public String canonical() {
    return canonical;
  }

  @Override
  public ParsedSchema normalized() {
    return normalized ? this : AvroNormalization.normalize(this);
  }

  /**
   * SHA-256 over the canonical text and the references' canonical texts, so whitespace in a
   * reference does not matter either. Normalized schemas hash their references sorted by name,
   * as Confluent sorts them when normalizing.
   */
  @Override
  public String fingerprint() {
    List<ResolvedReference> hashed =
        normalized
            ? canonicalReferences.stream()
                .sorted(Comparator.comparing(ResolvedReference::name).thenComparing(ResolvedReference::text))
                .toList()
            : canonicalReferences;
    return Fingerprints.sha256(canonical, hashed);
  }

  @Override
  public List<ResolvedReference> references() {
    return references;
  }

  boolean isNormalized() {
    return normalized;
  }

  @Override
  public String toString() {
    return "AvroSchema" + canonical;
  }
}
