package dev.treaty.registry.contracts;

import dev.treaty.client.model.Schema;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.ReferenceTexts;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.service.SubjectService;
import dev.treaty.registry.service.VersionSpec;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether a party of a subject agrees with the subject's latest live version, judged the way
 * producers and consumers meet: a consumer must read what the latest version writes, and a
 * producer must write what a reader of the latest version reads. Thread-safe.
 */
final class LatestAgreement {

  /** The subject's latest live version, parsed, with the options its pairs are judged under. */
  record Latest(int version, ParsedSchema schema, CheckOptions options) {}

  private final SubjectService subjects;
  private final ReferenceTexts references;
  private final SchemaParsing parsing;
  private final PairVerifier verifier;
  private final Function<String, CheckOptions> optionsOf;

  LatestAgreement(SubjectService subjects, ReferenceTexts references, SchemaParsing parsing, PairVerifier verifier,
      Function<String, CheckOptions> optionsOf) {
    this.subjects = subjects;
    this.references = references;
    this.parsing = parsing;
    this.verifier = verifier;
    this.optionsOf = optionsOf;
  }

  /** The subject's latest live version, or empty when it has none. */
  Optional<Latest> latest(String subject) {
    Schema schema;
    try {
      schema = subjects.version(subject, VersionSpec.parse("latest"), false, null);
    } catch (RegistryException e) {
      if (e.code() != ErrorCode.SUBJECT_NOT_FOUND && e.code() != ErrorCode.VERSION_NOT_FOUND) {
        throw e;
      }
      return Optional.empty();
    }
    var resolved = references.resolve(schema.references() == null ? List.of() : schema.references());
    ParsedSchema parsed = parsing.parse(subject, schema.schemaType(), schema.schema(), resolved.texts());
    return Optional.of(new Latest(schema.version(), parsed, optionsOf.apply(subject)));
  }

  /** @param producer whether the side writes the subject (else it reads it) */
  boolean agrees(ContractSide side, boolean producer, Latest latest) {
    ParsedSchema own = parsing.parse(side);
    ParsedSchema reader = producer ? latest.schema() : own;
    ParsedSchema writer = producer ? own : latest.schema();
    return verifier.breaking(reader, writer, null, latest.options()).isEmpty();
  }
}
