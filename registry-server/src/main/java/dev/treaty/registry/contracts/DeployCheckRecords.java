package dev.treaty.registry.contracts;

import dev.treaty.client.model.CanIDeployRequest;
import dev.treaty.client.model.DeployCheck;
import dev.treaty.client.model.DeprecatedUse;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import java.util.HashMap;
import java.util.Map;

/**
 * can-i-deploy asked by a pipeline that wants the answer kept: the same check as the read, then a
 * {@code CAN_I_DEPLOY_PASSED} or {@code CAN_I_DEPLOY_FAILED} event in the feed, which webhooks and
 * the audit trail see. Reads (the UI's form, a developer's terminal) record nothing, so the feed
 * holds the checks that gate deployments, not every question asked. Thread-safe.
 */
public final class DeployCheckRecords {

  public static final String PASSED = "CAN_I_DEPLOY_PASSED";
  public static final String FAILED = "CAN_I_DEPLOY_FAILED";

  private final ContractStore store;
  private final Verification verification;
  private final VerificationResults verifications;

  DeployCheckRecords(ContractStore store, Verification verification, VerificationResults verifications) {
    this.store = store;
    this.verification = verification;
    this.verifications = verifications;
  }

  /** Checks, then records the answer; an invalid or unknown question records nothing. */
  public DeployCheck record(CanIDeployRequest request, String actor) {
    if (request == null) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Request body is required");
    }
    Names.require("application", request.application());
    Names.require("version", request.version());
    boolean latest = Boolean.TRUE.equals(request.latest());
    if ((request.environment() == null) == !latest) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Give either environment or latest: true");
    }
    if (request.buildUrl() != null && request.buildUrl().length() > 2048) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Field buildUrl is longer than 2048 characters");
    }
    DeployCheck check = latest
        ? verification.canIDeployWithLatest(request.application(), request.version())
        : verification.canIDeploy(request.application(), request.version(), request.environment());
    DeployCheck answer = Boolean.TRUE.equals(request.requireVerification()) ? verifications.requiring(check) : check;
    store.inTransaction(session -> {
      session.appendEvent(answer.deployable() ? PASSED : FAILED, null, actor, detail(answer, request));
      return null;
    });
    return answer;
  }

  // Counts, not the pairs' findings: the event says what was decided and where to look (the build,
  // or the same GET), and stays small in the feed and in a webhook body.
  private static Map<String, String> detail(DeployCheck answer, CanIDeployRequest request) {
    Map<String, String> detail = new HashMap<>();
    detail.put("application", answer.application());
    detail.put("version", answer.version());
    if (answer.environment() != null) {
      detail.put("environment", answer.environment());
    } else {
      detail.put("latest", "true");
    }
    detail.put("pairs", Integer.toString(answer.pairs().size()));
    detail.put("failingPairs", Long.toString(answer.pairs().stream().filter(p -> !p.compatible()).count()));
    detail.put("pastSunset", Long.toString(answer.deprecations().stream().filter(DeprecatedUse::pastSunset).count()));
    if (Boolean.TRUE.equals(request.requireVerification())) {
      detail.put("unverifiedPairs", Long.toString(answer.verifications().stream().filter(v -> !v.passed()).count()));
    }
    if (request.buildUrl() != null && !request.buildUrl().isBlank()) {
      detail.put("buildUrl", request.buildUrl());
    }
    return detail;
  }
}
