package dev.treaty.registry.contracts;

import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.service.SubjectService;
import java.util.HashMap;
import java.util.Map;

/**
 * Which registered version of its subject a contract side's schema is: the version the contract
 * names, or else the live version whose schema equals the inline text (looked up as a serializer
 * looks its schema up), or none. Asked at reading time, since an inline schema may be registered
 * after the contract was published. One instance per request: it remembers its answers.
 */
final class RegisteredVersions {

  private final SubjectService subjects;
  private final Map<String, Integer> known = new HashMap<>();

  RegisteredVersions(SubjectService subjects) {
    this.subjects = subjects;
  }

  /** The registered version, or {@code null} when the side's schema is not registered in its subject. */
  Integer of(ContractSide side) {
    return of(side.entry());
  }

  /** The same for a stored entry (schema text and type filled in). */
  Integer of(ContractEntry entry) {
    if (entry.version() != null) {
      return entry.version();
    }
    String key = entry.subject() + '\n' + entry.schemaType() + '\n' + entry.references() + '\n' + entry.schema();
    if (known.containsKey(key)) {
      return known.get(key);
    }
    Integer version;
    try {
      version = subjects.lookup(entry.subject(), RegisterSchemaRequest.of(entry.schemaType(), entry.schema(),
          entry.references()), false, false).version();
    } catch (RegistryException e) {
      if (e.code() != ErrorCode.SUBJECT_NOT_FOUND && e.code() != ErrorCode.SCHEMA_NOT_FOUND) {
        throw e;
      }
      version = null; // the subject has no live version with this schema
    }
    known.put(key, version);
    return version;
  }
}
