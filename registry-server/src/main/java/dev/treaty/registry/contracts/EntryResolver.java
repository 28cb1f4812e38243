package dev.treaty.registry.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.ReferenceTexts;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.service.SubjectService;
import dev.treaty.registry.service.VersionSpec;
import java.util.List;

/**
 * Turns a published entry into what is stored: a registered version's schema copied in, references
 * resolved to texts, the schema parsed once to refuse invalid ones at publication, and a
 * producer's examples (events it sends) checked against it.
 */
final class EntryResolver {

  private final SubjectService subjects;
  private final ReferenceTexts references;
  private final SchemaParsing parsing;

  EntryResolver(SubjectService subjects, ReferenceTexts references, SchemaParsing parsing) {
    this.subjects = subjects;
    this.references = references;
    this.parsing = parsing;
  }

  ContractSide resolve(ContractEntry entry, boolean consumed) {
    if (entry == null || entry.subject() == null || entry.subject().isBlank()) {
      throw unprocessable("Every produced and consumed entry needs a subject");
    }
    String subject = entry.subject();
    boolean inline = entry.schema() != null && !entry.schema().isEmpty();
    if (inline && entry.version() != null) {
      throw unprocessable("Subject " + subject + ": give either a schema or a registered version, not both");
    }
    if (!inline && entry.version() == null) {
      throw unprocessable("Subject " + subject + ": give a schema or a registered version");
    }
    String type = entry.schemaType();
    String text = entry.schema();
    List<SchemaReference> refs = entry.references();
    Integer version = null;
    if (!inline) {
      Schema registered = subjects.version(subject, VersionSpec.parse(entry.version().toString()), false, null);
      type = registered.schemaType();
      text = registered.schema();
      refs = registered.references() == null ? List.of() : registered.references();
      version = registered.version();
    }
    ReferenceTexts.Resolved resolved = references.resolve(refs);
    ParsedSchema parsed = parsing.parse(subject, type, text, resolved.texts());
    if (!consumed) {
      refuseInvalidExamples(subject, parsed, entry.examples());
    }
    ContractEntry stored = new ContractEntry(
        subject, parsed.format().name(), text, resolved.concrete(), version, entry.examples());
    return new ContractSide(stored, resolved.texts());
  }

  /**
   * A producer's examples are events it sends, offered to its consumers beside generated samples,
   * so each must be valid under the schema it produces with.
   */
  private static void refuseInvalidExamples(String subject, ParsedSchema parsed, List<JsonNode> examples) {
    for (int i = 0; i < examples.size(); i++) {
      Finding problem = parsed.format().validate(parsed, examples.get(i).toString()).stream()
          .filter(Finding::isBreaking).sorted(Finding.ORDER).findFirst().orElse(null);
      if (problem != null) {
        throw unprocessable("Subject " + subject + ": example " + i + " is not valid under the schema it is produced with: "
            + problem.ruleId() + " at " + (problem.path().isEmpty() ? "/" : problem.path()) + ": " + problem.message());
      }
    }
  }

  private static RegistryException unprocessable(String message) {
    return new RegistryException(ErrorCode.UNPROCESSABLE, message);
  }
}
