package dev.treaty.junit;

import dev.treaty.client.model.ContractEntry;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;

/** The schema of a contract entry, parsed with the compatibility library. */
final class ContractSchemas {

  private ContractSchemas() {}

  static ParsedSchema parse(ContractEntry entry, String whose) {
    if (!entry.references().isEmpty()) {
      throw new IllegalStateException("The schema " + whose + " declares for " + entry.subject()
          + " refers to other subjects, which contract tests do not resolve yet");
    }
    return SchemaFormats.of(entry.schemaType()).parse(entry.schema(), java.util.List.of());
  }
}
