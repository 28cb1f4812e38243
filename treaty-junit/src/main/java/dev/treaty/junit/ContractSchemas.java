package dev.treaty.junit;

import dev.treaty.client.ReferenceResolver;
import dev.treaty.client.RegistryClient;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractSnapshot;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Schemas parsed with the compatibility library, with the registered schemas they refer to (Avro
 * named types, Protobuf imports, JSON Schema {@code $ref}s) resolved by the client's
 * {@link ReferenceResolver}: a contract's from the snapshot it came in, this application's own
 * from that snapshot or else the registry.
 */
final class ContractSchemas {

  private ContractSchemas() {}

  /** The schema of another application's contract entry. */
  static ParsedSchema parse(ContractEntry entry, String whose, ContractSnapshot snapshot) {
    return parse(entry, "The schema " + whose + " declares for " + entry.subject(), snapshot::referencedSchema);
  }

  /** A schema this application ships (the one it writes or reads {@code entry.subject()} with). */
  static ParsedSchema parseOwn(ContractEntry entry, ContractSnapshot snapshot, TreatySettings settings) {
    ReferenceResolver.Lookup lookup = reference -> {
      try {
        return snapshot.referencedSchema(reference);
      } catch (NoSuchElementException notPulled) {
        if (settings.registryUrl().isEmpty()) {
          throw notPulled;
        }
        return ReferenceResolver.lookupIn(RegistryClient.of(settings.registryUrl().get())).find(reference);
      }
    };
    return parse(entry, "This application's schema of " + entry.subject(), lookup);
  }

  private static ParsedSchema parse(ContractEntry entry, String what, ReferenceResolver.Lookup lookup) {
    List<ResolvedReference> references;
    try {
      references = new ReferenceResolver(lookup).resolve(entry.references()).stream()
          .map(resolved -> new ResolvedReference(resolved.name(), resolved.text()))
          .toList();
    } catch (RuntimeException e) {
      throw new IllegalStateException(what + " refers to schemas that cannot be had: " + e.getMessage(), e);
    }
    return SchemaFormats.of(entry.schemaType()).parse(entry.schema(), references);
  }
}
