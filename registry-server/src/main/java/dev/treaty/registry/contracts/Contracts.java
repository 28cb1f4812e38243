package dev.treaty.registry.contracts;

import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.registry.service.ProducerExamples;
import dev.treaty.registry.service.Registry;
import java.util.List;

/**
 * The contracts side of the registry, wired in two steps because registration consults the gate
 * and publication reads registered schemas: {@link #gate} and {@link #examples} before the
 * {@link Registry} exists, {@link #services} after. Thread-safe.
 */
public final class Contracts {

  /** What the HTTP layer calls. */
  public record Services(
      ContractService contracts, EnvironmentService environments, Verification verification, GateService gates,
      PartiesService parties, VerificationResults verifications, ApplicationService applications,
      AsyncApiService asyncApi, DeployCheckRecords deployChecks) {}

  private final ContractStore store;
  private final SchemaParsing parsing;
  private final PairVerifier verifier;

  public Contracts(ContractStore store, List<SchemaFormat> formats) {
    this.store = store;
    this.parsing = new SchemaParsing(formats);
    this.verifier = new PairVerifier(parsing);
  }

  public ConsumerGate gate() {
    return new ConsumerGate(parsing, verifier);
  }

  public ProducerExamples examples() {
    return new ContractExamples(parsing);
  }

  public Services services(Registry registry) {
    EntryResolver resolver = new EntryResolver(registry.subjects(), registry.referenceTexts(), parsing);
    Verification verification = new Verification(store,
        new Pairing(verifier, registry.configs()::options, registry.subjects()), new DeprecatedUses(registry.deprecations()));
    VerificationResults verifications = new VerificationResults(store);
    return new Services(
        new ContractService(store, resolver, registry.subjects()),
        new EnvironmentService(store),
        verification,
        new GateService(store),
        new PartiesService(store, registry.subjects(), new LatestAgreement(
            registry.subjects(), registry.referenceTexts(), parsing, verifier, registry.configs()::options)),
        verifications,
        new ApplicationService(store),
        new AsyncApiService(store, registry.referenceTexts()),
        new DeployCheckRecords(store, verification, verifications));
  }
}
