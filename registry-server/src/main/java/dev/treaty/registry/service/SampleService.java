package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SampleRequest;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.VersionRow;
import java.util.List;
import java.util.Optional;

/**
 * Example events generated from a registered version or from a posted schema, deterministic for a
 * seed (see {@link dev.treaty.compatibility.SchemaFormat#samples}). Thread-safe.
 */
public final class SampleService {

  private final SchemaStore store;
  private final SchemaCache cache;
  private final Formats formats;
  private final ReferenceResolver resolver;
  private final CandidateParser parser;
  private final ProducerExamples examples;

  SampleService(
      SchemaStore store, SchemaCache cache, Formats formats, ReferenceResolver resolver, CandidateParser parser,
      ProducerExamples examples) {
    this.store = store;
    this.cache = cache;
    this.formats = formats;
    this.resolver = resolver;
    this.parser = parser;
    this.examples = examples;
  }

  /**
   * Samples of a live version of a subject ({@code latest} or {@code -1}: the newest), with the
   * examples producers' contracts carry for that version.
   */
  public Samples ofVersion(String subject, VersionSpec spec, SampleRequest request) {
    return store.inTransaction(session -> {
      List<VersionRow> live = session.versions(subject).stream().filter(row -> !row.deleted()).toList();
      if (live.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      VersionRow version = spec.isLatest() ? live.get(live.size() - 1) : live.stream()
          .filter(row -> row.version() == spec.number()).findFirst()
          .orElseThrow(() -> RegistryException.versionNotFound(spec.number()));
      SchemaRow row = cache.row(session, version.schemaId()).orElseThrow();
      ParsedSchema parsed = cache.parsed(session, row, formats, resolver);
      return new Samples(subject, version.version(), parsed.format().name(), request.seed(), request.message(),
          generate(parsed, request), examples.of(session, subject, parsed));
    });
  }

  /** Samples of a schema given in a request body, with references to registered subjects. */
  public Samples ofSchema(RegisterSchemaRequest body, SampleRequest request) {
    return store.inTransaction(session -> {
      Candidate candidate = parser.parse(session, body, false, Optional.empty());
      return new Samples(null, null, candidate.schemaType(), request.seed(), request.message(),
          generate(candidate.parsed(), request), null);
    });
  }

  private static List<JsonNode> generate(ParsedSchema schema, SampleRequest request) {
    try {
      return schema.format().samples(schema, request).stream().map(Json::read).toList();
    } catch (InvalidSchemaException e) {
      throw RegistryException.invalidSchema(e.getMessage());
    }
  }
}
