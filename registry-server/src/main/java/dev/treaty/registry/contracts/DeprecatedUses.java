package dev.treaty.registry.contracts;

import dev.treaty.client.model.DeprecatedUse;
import dev.treaty.registry.service.Deprecation;
import dev.treaty.registry.service.DeprecationService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deprecated subjects and versions a contract produces or consumes. An entry pinned to a
 * registered version meets that version's deprecation (or its subject's); an inline schema meets
 * its subject's.
 */
final class DeprecatedUses {

  private final DeprecationService deprecations;

  DeprecatedUses(DeprecationService deprecations) {
    this.deprecations = deprecations;
  }

  List<DeprecatedUse> of(StoredContract contract) {
    List<DeprecatedUse> uses = new ArrayList<>();
    add(contract, "produces", contract.body().produces(), uses);
    add(contract, "consumes", contract.body().consumes(), uses);
    return uses;
  }

  private void add(StoredContract contract, String role, List<ContractSide> sides, List<DeprecatedUse> into) {
    for (ContractSide side : sides) {
      Integer version = side.entry().version();
      Optional<Deprecation> deprecation = version == null
          ? deprecations.ofSubject(side.subject())
          : deprecations.ofVersion(side.subject(), version);
      deprecation.ifPresent(d -> into.add(new DeprecatedUse(contract.application(), contract.version(), role,
          side.subject(), version, d.reason(), d.sunset(), d.replacement(), d.isPastSunset(Deprecation.today()))));
    }
  }
}
