package dev.treaty.junit;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.RegistryClientException;
import dev.treaty.client.model.VerificationResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One test run's contract testing: its settings, what the tests declared, and each consumer's
 * verdict. When the run ends the contract is written and, when configured, the verdicts are
 * recorded in the registry as verification results. Thread-safe.
 */
// AutoCloseable is how JUnit 5.13+ closes stored values; CloseableResource keeps older JUnits closing it
final class TreatyRun implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TreatyRun.class);

  private final TreatySettings settings;
  private final DeclaredContract contract = new DeclaredContract();
  /** "consumer version" to whether every check of it passed. */
  private final Map<List<String>, Boolean> verdicts = new TreeMap<>((a, b) -> String.join("\0", a).compareTo(String.join("\0", b)));

  private TreatyRun(TreatySettings settings) {
    this.settings = settings;
  }

  static TreatyRun of(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(TreatyRun.class, key -> new TreatyRun(TreatySettings.of(context)), TreatyRun.class);
  }

  TreatySettings settings() {
    return settings;
  }

  DeclaredContract contract() {
    return contract;
  }

  synchronized void verdict(String consumer, String consumerVersion, boolean passed) {
    verdicts.merge(List.of(consumer, consumerVersion), passed, Boolean::logicalAnd);
  }

  @Override
  public void close() {
    contract.write(settings.contractOutput());
    if (!settings.publishVerification()) {
      return;
    }
    String application = settings.application().orElseThrow(() -> new IllegalStateException(
        "treaty.verification.publish is true but treaty.application is not set"));
    String version = settings.applicationVersion().orElseThrow(() -> new IllegalStateException(
        "treaty.verification.publish is true but treaty.application.version is not set"));
    RegistryClient client = RegistryClient.of(settings.registryUrl().orElseThrow(() -> new IllegalStateException(
        "treaty.verification.publish is true but treaty.registry.url is not set")));
    synchronized (this) {
      for (Map.Entry<List<String>, Boolean> verdict : verdicts.entrySet()) {
        try {
          client.recordVerification(VerificationResult.of(
              application, version, verdict.getKey().get(0), verdict.getKey().get(1), verdict.getValue()));
          System.err.println("[treaty] Recorded: " + application + " " + version + " verified against "
              + verdict.getKey().get(0) + " " + verdict.getKey().get(1) + ": " + (verdict.getValue() ? "passed" : "failed"));
        } catch (RegistryClientException e) {
          System.err.println("[treaty] Could not record the verification against " + verdict.getKey().get(0) + " "
              + verdict.getKey().get(1) + ": " + e.getMessage());
        }
      }
    }
  }
}
