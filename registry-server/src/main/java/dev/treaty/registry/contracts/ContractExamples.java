package dev.treaty.registry.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.registry.service.ProducerExamples;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.service.Samples;
import dev.treaty.registry.store.StoreSession;
import java.util.ArrayList;
import java.util.List;

/**
 * The example events of every published contract that produces a subject with exactly a given
 * schema (the same fingerprint: canonical text and references), by application and then in
 * publication order. Contracts are immutable, so an old version's examples still describe what
 * that schema carries. Thread-safe.
 */
final class ContractExamples implements ProducerExamples {

  private final SchemaParsing parsing;

  ContractExamples(SchemaParsing parsing) {
    this.parsing = parsing;
  }

  @Override
  public List<Samples.Example> of(StoreSession session, String subject, ParsedSchema schema) {
    List<Samples.Example> examples = new ArrayList<>();
    for (StoredContract contract : new ContractSession(session).allContracts()) {
      for (ContractSide side : contract.body().produces()) {
        if (side.subject().equals(subject) && !side.entry().examples().isEmpty() && sameSchema(side, schema)) {
          List<JsonNode> values = side.entry().examples();
          for (int i = 0; i < values.size(); i++) {
            examples.add(new Samples.Example(contract.application(), contract.version(), i, values.get(i)));
          }
        }
      }
    }
    return examples;
  }

  private boolean sameSchema(ContractSide side, ParsedSchema schema) {
    try {
      ParsedSchema produced = parsing.parse(side);
      return produced.format().name().equals(schema.format().name()) && produced.fingerprint().equals(schema.fingerprint());
    } catch (RegistryException unparsable) {
      // parsed at publication; a format since removed from the server cannot match
      return false;
    }
  }
}
