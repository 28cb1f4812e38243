package dev.treaty.registry.contracts;

import dev.treaty.client.model.ContractPair;
import dev.treaty.client.model.DeployCheck;
import dev.treaty.client.model.PairVerification;
import dev.treaty.client.model.VerificationResult;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verification results recorded by producer builds, and what can-i-deploy makes of them when
 * asked to require them: every application pair of the answer needs a passing verification, as
 * Pact's broker asks. Append-only; the newest result of a pair is its verdict. Thread-safe.
 */
public final class VerificationResults {

  private final ContractStore store;

  VerificationResults(ContractStore store) {
    this.store = store;
  }

  /** Records a result; both application versions must have published a contract. */
  public VerificationResult record(VerificationResult result, String actor) {
    if (result == null) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Request body is required");
    }
    Names.require("producer", result.producer());
    Names.require("producer version", result.producerVersion());
    Names.require("consumer", result.consumer());
    Names.require("consumer version", result.consumerVersion());
    if (result.passed() == null) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Field passed is required: true or false");
    }
    if (result.buildUrl() != null && result.buildUrl().length() > 2048) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Field buildUrl is longer than 2048 characters");
    }
    return store.inTransaction(session -> {
      session.contract(result.producer(), result.producerVersion())
          .orElseThrow(() -> ContractService.notFound(result.producer(), result.producerVersion()));
      session.contract(result.consumer(), result.consumerVersion())
          .orElseThrow(() -> ContractService.notFound(result.consumer(), result.consumerVersion()));
      long now = System.currentTimeMillis();
      session.insertVerification(result.producer(), result.producerVersion(), result.consumer(),
          result.consumerVersion(), result.passed().booleanValue(), result.buildUrl(), now);
      session.appendEvent("VERIFICATION_RECORDED", null, actor, Map.of(
          "producer", result.producer(), "producerVersion", result.producerVersion(), "consumer", result.consumer(),
          "consumerVersion", result.consumerVersion(), "passed", result.passed().toString()));
      return new VerificationResult(result.producer(), result.producerVersion(), result.consumer(),
          result.consumerVersion(), result.passed(), result.buildUrl(), Instant.ofEpochMilli(now).toString());
    });
  }

  /**
   * The answer with the verification of each application pair added; not deployable when a pair
   * has no passing verification.
   */
  public DeployCheck requiring(DeployCheck check) {
    Map<List<String>, ContractPair> byApplications = new LinkedHashMap<>();
    for (ContractPair pair : check.pairs()) {
      byApplications.putIfAbsent(
          List.of(pair.producer(), pair.producerVersion(), pair.consumer(), pair.consumerVersion()), pair);
    }
    List<PairVerification> verifications = store.inTransaction(session -> byApplications.values().stream()
        .map(pair -> new PairVerification(pair.producer(), pair.producerVersion(), pair.consumer(), pair.consumerVersion(),
            session.newestVerification(pair.producer(), pair.producerVersion(), pair.consumer(), pair.consumerVersion())
                .map(passed -> passed ? "PASSED" : "FAILED").orElse("MISSING")))
        .toList());
    boolean deployable = check.deployable() && verifications.stream().allMatch(PairVerification::passed);
    return new DeployCheck(check.application(), check.version(), check.environment(), deployable, check.pairs(),
        check.deprecations(), verifications);
  }
}
